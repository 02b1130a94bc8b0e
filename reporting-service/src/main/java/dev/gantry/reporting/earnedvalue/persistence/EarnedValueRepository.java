package dev.gantry.reporting.earnedvalue.persistence;

import dev.gantry.contracts.project.BaselineSaved;
import dev.gantry.contracts.project.TaskProgressReported;
import dev.gantry.contracts.resources.CostActualsRecorded;
import dev.gantry.reporting.earnedvalue.domain.EarnedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What earned value is computed from, as the events delivered it (tables {@code ev_*}). Writes are plain SQL in JDBC
 * batches: a baseline page or a progress report can hold thousands of tasks, and nothing here is edited as an entity.
 */
@ApplicationScoped
public class EarnedValueRepository {

    /** A project's current baseline: the latest saved one whose pages have all arrived. */
    public record Baseline(UUID baselineId, String name, String currency, Instant savedAt) {
    }

    private final EntityManager em;

    EarnedValueRepository(EntityManager em) {
        this.em = em;
    }

    /** One page of a saved baseline; each page is applied once (the inbox sees to that). */
    public void addBaselinePage(BaselineSaved saved) {
        em.createNativeQuery("""
                        insert into ev_baseline (baseline_id, project_id, name, currency, total_planned_cost, saved_at,
                                                 page_count, pages_received)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)
                        on conflict (baseline_id) do update set pages_received = ev_baseline.pages_received + 1""")
                .setParameter(1, saved.baselineId()).setParameter(2, saved.projectId()).setParameter(3, saved.name())
                .setParameter(4, saved.currency()).setParameter(5, saved.totalPlannedCost())
                .setParameter(6, OffsetDateTime.ofInstant(saved.savedAt(), ZoneOffset.UTC))
                .setParameter(7, saved.pageCount())
                .executeUpdate();
        em.unwrap(Session.class).doWork(connection -> {
            if (saved.finish() != null) {
                // The project's finish as saved (every page carries it): what the status compares the schedule with.
                try (PreparedStatement finish = connection.prepareStatement(
                        "update ev_baseline set finish_at = ? where baseline_id = ? and finish_at is null")) {
                    finish.setTimestamp(1, Timestamp.valueOf(saved.finish()));
                    finish.setObject(2, saved.baselineId());
                    finish.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into ev_baseline_task (baseline_id, task_id, name, summary, milestone, start_at, finish_at,
                                                  planned_cost)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
                for (BaselineSaved.Task task : saved.tasks()) {
                    insert.setObject(1, saved.baselineId());
                    insert.setObject(2, task.taskId());
                    insert.setString(3, task.name());
                    insert.setBoolean(4, task.summary());
                    insert.setBoolean(5, task.milestone());
                    insert.setTimestamp(6, task.start() == null ? null : Timestamp.valueOf(task.start()));
                    insert.setTimestamp(7, task.finish() == null ? null : Timestamp.valueOf(task.finish()));
                    insert.setBigDecimal(8, task.plannedCost());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public void deleteBaseline(UUID baselineId) {
        em.createNativeQuery("delete from ev_baseline where baseline_id = ?1").setParameter(1, baselineId)
                .executeUpdate();
    }

    public Optional<Baseline> currentBaseline(UUID projectId) {
        List<?> rows = em.createNativeQuery("""
                        select baseline_id, name, currency, saved_at from ev_baseline
                        where project_id = ?1 and pages_received >= page_count
                        order by saved_at desc, baseline_id limit 1""")
                .setParameter(1, projectId).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new Baseline((UUID) row[0],
                (String) row[1], row[2] == null ? null : ((String) row[2]).strip(), instant(row[3])));
    }

    public List<EarnedValue.BaselineTask> baselineTasks(UUID baselineId) {
        List<?> rows = em.createNativeQuery("""
                        select task_id, summary, milestone, start_at, finish_at, planned_cost from ev_baseline_task
                        where baseline_id = ?1""")
                .setParameter(1, baselineId).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new EarnedValue.BaselineTask((UUID) row[0],
                (Boolean) row[1], (Boolean) row[2], localDateTime(row[3]), localDateTime(row[4]),
                (BigDecimal) row[5])).toList();
    }

    /**
     * One page of a progress report, a row per task and schedule version. A report without a status date (the
     * project has none set) counts from when it was reported, in UTC.
     */
    public void addProgress(TaskProgressReported reported) {
        LocalDateTime statusDate = reported.statusDate() != null ? reported.statusDate()
                : LocalDateTime.ofInstant(reported.reportedAt(), ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into ev_progress (project_id, task_id, version, status_date, reported_at, percent_complete,
                                             planned_cost)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (project_id, task_id, version) do update
                        set status_date = excluded.status_date, reported_at = excluded.reported_at,
                            percent_complete = excluded.percent_complete, planned_cost = excluded.planned_cost""")) {
                for (TaskProgressReported.TaskProgress task : reported.tasks()) {
                    insert.setObject(1, reported.projectId());
                    insert.setObject(2, task.taskId());
                    insert.setLong(3, reported.version());
                    insert.setTimestamp(4, Timestamp.valueOf(statusDate));
                    insert.setObject(5, OffsetDateTime.ofInstant(reported.reportedAt(), ZoneOffset.UTC));
                    insert.setBigDecimal(6, task.percentComplete() == null ? BigDecimal.ZERO : task.percentComplete());
                    insert.setBigDecimal(7, task.plannedCost());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public List<EarnedValue.Progress> progress(UUID projectId) {
        List<?> rows = em.createNativeQuery("""
                        select task_id, version, status_date, percent_complete, planned_cost from ev_progress
                        where project_id = ?1""")
                .setParameter(1, projectId).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new EarnedValue.Progress((UUID) row[0],
                ((Number) row[1]).longValue(), localDateTime(row[2]), (BigDecimal) row[3], (BigDecimal) row[4]))
                .toList();
    }

    /** The status date of the project's latest progress report, if any. */
    public Optional<LocalDateTime> latestStatusDate(UUID projectId) {
        List<?> rows = em.createNativeQuery("""
                        select status_date from ev_progress where project_id = ?1
                        order by version desc, reported_at desc limit 1""")
                .setParameter(1, projectId).getResultList();
        return rows.stream().findFirst().map(EarnedValueRepository::localDateTime);
    }

    /**
     * Replaces the project's actual cost with the one recorded, unless a later record was applied already (records of
     * one project arrive in order; this keeps a redelivered older one from undoing a newer one).
     */
    public void replaceActuals(CostActualsRecorded recorded) {
        int applied = em.createNativeQuery("""
                        insert into ev_actuals (project_id, recorded_at, unrated_hours) values (?1, ?2, ?3)
                        on conflict (project_id) do update
                            set recorded_at = excluded.recorded_at, unrated_hours = excluded.unrated_hours
                            where ev_actuals.recorded_at <= excluded.recorded_at""")
                .setParameter(1, recorded.projectId())
                .setParameter(2, OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
                .setParameter(3, recorded.unratedHours() == null ? BigDecimal.ZERO : recorded.unratedHours())
                .executeUpdate();
        if (applied == 0) {
            return;
        }
        em.createNativeQuery("delete from ev_actuals_week where project_id = ?1").setParameter(1, recorded.projectId())
                .executeUpdate();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into ev_actuals_week (project_id, week_start, currency, hours, amount)
                    values (?, ?, ?, ?, ?)""")) {
                for (CostActualsRecorded.Week week : recorded.weeks()) {
                    insert.setObject(1, recorded.projectId());
                    insert.setDate(2, Date.valueOf(week.weekStart()));
                    insert.setString(3, week.currency());
                    insert.setBigDecimal(4, week.hours());
                    insert.setBigDecimal(5, week.amount());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public List<EarnedValue.ActualWeek> actualWeeks(UUID projectId) {
        List<?> rows = em.createNativeQuery("""
                        select week_start, currency, amount from ev_actuals_week where project_id = ?1
                        order by week_start, currency""")
                .setParameter(1, projectId).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new EarnedValue.ActualWeek(
                localDate(row[0]), ((String) row[1]).strip(), (BigDecimal) row[2])).toList();
    }

    public BigDecimal unratedHours(UUID projectId) {
        List<?> rows = em.createNativeQuery("select unrated_hours from ev_actuals where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        return rows.isEmpty() ? BigDecimal.ZERO : (BigDecimal) rows.get(0);
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }

    private static LocalDateTime localDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime local) {
            return local;
        }
        return ((Timestamp) value).toLocalDateTime();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
