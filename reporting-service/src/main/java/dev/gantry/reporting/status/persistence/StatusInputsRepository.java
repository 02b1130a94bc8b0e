package dev.gantry.reporting.status.persistence;

import dev.gantry.contracts.project.ActionItemEntry;
import dev.gantry.contracts.resources.OverallocationDetected;
import dev.gantry.contracts.risk.RiskAssessed;
import dev.gantry.contracts.risk.RiskRaised;
import dev.gantry.contracts.risk.RiskResponseOverdue;
import dev.gantry.contracts.risk.RiskStatusChanged;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.contracts.schedule.ScheduleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes what the status report is computed from (table {@code st_*}), one event or record at a time. Events are
 * applied once (the inbox sees to that) and in their partition's order; records of the compacted schedules topic are
 * applied by version, so that one delivered again, or an older one after a newer, changes nothing.
 */
@ApplicationScoped
public class StatusInputsRepository {

    private final EntityManager em;

    StatusInputsRepository(EntityManager em) {
        this.em = em;
    }

    /** Appends the risk's state as it now is to its history, at the event's time. */
    private void recordRisk(java.util.UUID riskId, Instant at) {
        em.createNativeQuery("""
                        insert into st_risk_event (risk_id, project_id, at, status, level, score, probability, impact)
                        select risk_id, project_id, ?2, status, level, score, probability, impact
                        from st_risk where risk_id = ?1""")
                .setParameter(1, riskId).setParameter(2, utc(at)).executeUpdate();
    }

    public void riskRaised(RiskRaised raised) {
        em.createNativeQuery("""
                        insert into st_risk (risk_id, project_id, risk_key, title, category, owner, status, probability,
                                             impact, score, level, raised_at, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, 'IDENTIFIED', ?7, ?8, ?9, ?10, ?11, ?11)
                        on conflict (risk_id) do update set risk_key = excluded.risk_key, title = excluded.title,
                            category = excluded.category, owner = excluded.owner""")
                .setParameter(1, raised.riskId()).setParameter(2, raised.projectId())
                .setParameter(3, raised.riskKey()).setParameter(4, raised.title())
                .setParameter(5, raised.category()).setParameter(6, raised.owner())
                .setParameter(7, raised.probability()).setParameter(8, raised.impact())
                .setParameter(9, raised.score()).setParameter(10, raised.level())
                .setParameter(11, utc(raised.raisedAt()))
                .executeUpdate();
        recordRisk(raised.riskId(), raised.raisedAt());
    }

    public void riskAssessed(RiskAssessed assessed) {
        em.createNativeQuery("""
                        insert into st_risk (risk_id, project_id, risk_key, title, status, probability, impact, score,
                                             level, residual_score, residual_level, schedule_impact_days, cost_impact,
                                             currency, expected_monetary_value, raised_at, updated_at)
                        values (?1, ?2, ?3, ?4, 'ASSESSED', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)
                        on conflict (risk_id) do update set risk_key = excluded.risk_key, title = excluded.title,
                            probability = excluded.probability, impact = excluded.impact, score = excluded.score,
                            level = excluded.level, residual_score = excluded.residual_score,
                            residual_level = excluded.residual_level,
                            schedule_impact_days = excluded.schedule_impact_days, cost_impact = excluded.cost_impact,
                            currency = excluded.currency, expected_monetary_value = excluded.expected_monetary_value,
                            updated_at = excluded.updated_at""")
                .setParameter(1, assessed.riskId()).setParameter(2, assessed.projectId())
                .setParameter(3, assessed.riskKey()).setParameter(4, assessed.title())
                .setParameter(5, assessed.probability()).setParameter(6, assessed.impact())
                .setParameter(7, assessed.score()).setParameter(8, assessed.level())
                .setParameter(9, assessed.residualScore()).setParameter(10, assessed.residualLevel())
                .setParameter(11, assessed.scheduleImpactDays()).setParameter(12, assessed.costImpact())
                .setParameter(13, assessed.currency()).setParameter(14, assessed.expectedMonetaryValue())
                .setParameter(15, utc(assessed.assessedAt()))
                .executeUpdate();
        recordRisk(assessed.riskId(), assessed.assessedAt());
    }

    public void riskStatusChanged(RiskStatusChanged changed) {
        em.createNativeQuery("""
                        insert into st_risk (risk_id, project_id, risk_key, title, status, raised_at, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                        on conflict (risk_id) do update set status = excluded.status, title = excluded.title,
                            updated_at = excluded.updated_at""")
                .setParameter(1, changed.riskId()).setParameter(2, changed.projectId())
                .setParameter(3, changed.riskKey()).setParameter(4, changed.title()).setParameter(5, changed.to())
                .setParameter(6, utc(changed.changedAt()))
                .executeUpdate();
        recordRisk(changed.riskId(), changed.changedAt());
        if ("CLOSED".equals(changed.to())) {
            em.createNativeQuery("delete from st_risk_action_overdue where risk_id = ?1")
                    .setParameter(1, changed.riskId()).executeUpdate();
        }
    }

    public void riskResponseOverdue(RiskResponseOverdue overdue) {
        em.createNativeQuery("""
                        insert into st_risk_action_overdue (action_id, risk_id, project_id, action, owner, due_on,
                                                            status, detected_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (action_id) do update set action = excluded.action, owner = excluded.owner,
                            due_on = excluded.due_on, status = excluded.status, detected_at = excluded.detected_at""")
                .setParameter(1, overdue.actionId()).setParameter(2, overdue.riskId())
                .setParameter(3, overdue.projectId()).setParameter(4, overdue.action())
                .setParameter(5, overdue.owner()).setParameter(6, overdue.dueOn())
                .setParameter(7, overdue.status()).setParameter(8, utc(overdue.detectedAt()))
                .executeUpdate();
    }

    /** An action item as it now is (added or updated); an older version than the one held changes nothing. */
    public void actionItem(UUID projectId, ActionItemEntry item) {
        em.createNativeQuery("""
                        insert into st_action_item (action_item_id, project_id, meeting_id, description, owner_user_id,
                                                    owner_name, due_date, status, task_id, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict (action_item_id) do update set description = excluded.description,
                            owner_user_id = excluded.owner_user_id, owner_name = excluded.owner_name,
                            due_date = excluded.due_date, status = excluded.status, task_id = excluded.task_id,
                            version = excluded.version
                        where st_action_item.version <= excluded.version""")
                .setParameter(1, item.actionItemId()).setParameter(2, projectId).setParameter(3, item.meetingId())
                .setParameter(4, item.description())
                .setParameter(5, item.owner() == null ? null : item.owner().userId())
                .setParameter(6, item.owner() == null ? null : item.owner().name())
                .setParameter(7, item.dueDate()).setParameter(8, item.status()).setParameter(9, item.taskId())
                .setParameter(10, item.version())
                .executeUpdate();
    }

    public void actionItemConverted(UUID actionItemId, UUID taskId) {
        em.createNativeQuery("update st_action_item set task_id = ?2 where action_item_id = ?1")
                .setParameter(1, actionItemId).setParameter(2, taskId).executeUpdate();
    }

    public void overallocationDetected(OverallocationDetected detected) {
        em.createNativeQuery("""
                        insert into st_overallocation (episode_id, person_id, person_name, first_day, last_day,
                                                       peak_day, allocated_hours, available_hours, detected_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict do nothing""")
                .setParameter(1, detected.episodeId()).setParameter(2, detected.personId())
                .setParameter(3, detected.personName()).setParameter(4, detected.firstDay())
                .setParameter(5, detected.lastDay()).setParameter(6, detected.peakDay())
                .setParameter(7, detected.allocatedHours()).setParameter(8, detected.availableHours())
                .setParameter(9, utc(detected.detectedAt()))
                .executeUpdate();
        for (OverallocationDetected.Share share : detected.allocations()) {
            em.createNativeQuery("""
                            insert into st_overallocation_share (episode_id, allocation_id, project_id, task_id,
                                                                 critical, hours)
                            values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                    .setParameter(1, detected.episodeId()).setParameter(2, share.allocationId())
                    .setParameter(3, share.projectId()).setParameter(4, share.taskId())
                    .setParameter(5, share.critical()).setParameter(6, share.hours())
                    .executeUpdate();
        }
    }

    public void overallocationResolved(UUID episodeId) {
        em.createNativeQuery("delete from st_overallocation where episode_id = ?1").setParameter(1, episodeId)
                .executeUpdate();
    }

    public void scheduleVersion(ScheduleVersion version) {
        em.createNativeQuery("""
                        insert into st_schedule (project_id, version, start_at, finish_at, status_date, task_count,
                                                 date_segments)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (project_id) do update set version = excluded.version,
                            start_at = excluded.start_at, finish_at = excluded.finish_at,
                            status_date = excluded.status_date, task_count = excluded.task_count,
                            date_segments = excluded.date_segments
                        where st_schedule.version <= excluded.version""")
                .setParameter(1, version.projectId()).setParameter(2, version.version())
                .setParameter(3, version.start()).setParameter(4, version.finish())
                .setParameter(5, version.statusDate()).setParameter(6, version.taskCount())
                .setParameter(7, version.dateSegments())
                .executeUpdate();
    }

    public void scheduleTask(ScheduleTask task) {
        em.createNativeQuery("""
                        insert into st_task (project_id, task_id, version, name, parent_id, milestone, deadline,
                                             percent_complete)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (project_id, task_id) do update set version = excluded.version,
                            name = excluded.name, parent_id = excluded.parent_id, milestone = excluded.milestone,
                            deadline = excluded.deadline, percent_complete = excluded.percent_complete
                        where st_task.version <= excluded.version""")
                .setParameter(1, task.projectId()).setParameter(2, task.taskId()).setParameter(3, task.version())
                .setParameter(4, task.name()).setParameter(5, task.parentId()).setParameter(6, task.milestone())
                .setParameter(7, task.deadline()).setParameter(8, task.percentComplete())
                .executeUpdate();
    }

    public void taskRemoved(UUID projectId, UUID taskId) {
        em.createNativeQuery("delete from st_task where project_id = ?1 and task_id = ?2")
                .setParameter(1, projectId).setParameter(2, taskId).executeUpdate();
    }

    /**
     * A segment of computed dates, as one row of arrays (V12), unless a newer version of the segment is held. Which
     * segment a task's values are read from is the view {@code st_task_dates}'s business: the one it belongs to under
     * the project's current segment count.
     */
    public void scheduleDates(ScheduleDates dates) {
        int n = dates.tasks().size();
        UUID[] ids = new UUID[n];
        Integer[] lowBits = new Integer[n];
        String[] wbs = new String[n];
        Boolean[] summary = new Boolean[n];
        Boolean[] critical = new Boolean[n];
        String[] start = new String[n];
        String[] finish = new String[n];
        Long[] slack = new Long[n];
        for (int i = 0; i < n; i++) {
            ScheduleDates.Computed task = dates.tasks().get(i);
            ids[i] = task.taskId();
            lowBits[i] = (int) (task.taskId().getLeastSignificantBits() & Integer.MAX_VALUE);
            wbs[i] = task.wbs();
            summary[i] = task.summary();
            critical[i] = task.critical();
            start[i] = task.start().toString();
            finish[i] = task.finish().toString();
            slack[i] = task.totalSlackMinutes();
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into st_date_segment (project_id, segment, version, task_ids, low_bits, wbs, summary,
                                                 critical, start_at, finish_at, total_slack_minutes)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?::timestamp[], ?::timestamp[], ?)
                    on conflict (project_id, segment) do update set version = excluded.version,
                        task_ids = excluded.task_ids, low_bits = excluded.low_bits, wbs = excluded.wbs,
                        summary = excluded.summary, critical = excluded.critical, start_at = excluded.start_at,
                        finish_at = excluded.finish_at, total_slack_minutes = excluded.total_slack_minutes
                    where st_date_segment.version <= excluded.version""")) {
                upsert.setObject(1, dates.projectId());
                upsert.setInt(2, dates.segment());
                upsert.setLong(3, dates.version());
                upsert.setArray(4, connection.createArrayOf("uuid", ids));
                upsert.setArray(5, connection.createArrayOf("int4", lowBits));
                upsert.setArray(6, connection.createArrayOf("text", wbs));
                upsert.setArray(7, connection.createArrayOf("bool", summary));
                upsert.setArray(8, connection.createArrayOf("bool", critical));
                upsert.setArray(9, connection.createArrayOf("text", start));
                upsert.setArray(10, connection.createArrayOf("text", finish));
                upsert.setArray(11, connection.createArrayOf("int8", slack));
                upsert.executeUpdate();
            }
        });
    }

    public void segmentRemoved(UUID projectId, int segment) {
        em.createNativeQuery("delete from st_date_segment where project_id = ?1 and segment = ?2")
                .setParameter(1, projectId).setParameter(2, segment).executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
