package dev.gantry.reporting.mywork.persistence;

import dev.gantry.contracts.resources.AllocationChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** People's allocations as resources-service announces them, and what "my work" reads of them. */
@ApplicationScoped
public class MyWorkRepository {

    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(480);

    /** An allocation with its current period; {@code task} is null for an allocation to the project as a whole. */
    public record Allocation(UUID allocationId, UUID projectId, String projectName, String role, BigDecimal percent,
                             BigDecimal hoursPerDay, LocalDate firstDay, LocalDate lastDay, Task task) {
    }

    /** The task an allocation follows, as the project's schedule now has it (dates null until it arrives). */
    public record Task(UUID taskId, String name, String wbs, boolean milestone, boolean critical, LocalDateTime start,
                       LocalDateTime finish, BigDecimal slackDays, BigDecimal percentComplete) {
    }

    /** A risk the user owns, not closed. */
    public record Risk(UUID projectId, String projectName, UUID riskId, String riskKey, String title, String status,
                       String level, Integer score) {
    }

    /** A response action of the user's, announced overdue, of a risk still open. */
    public record OverdueResponse(UUID projectId, String projectName, UUID riskId, String riskKey, String riskTitle,
                                  UUID actionId, String action, LocalDate dueOn) {
    }

    /** An open action item the user owns. */
    public record ActionItem(UUID projectId, String projectName, UUID actionItemId, UUID meetingId,
                             String description, LocalDate dueDate) {
    }

    private final EntityManager em;

    MyWorkRepository(EntityManager em) {
        this.em = em;
    }

    /** Keeps the allocation unless a higher version of it is held. */
    public void changed(AllocationChanged a) {
        em.createNativeQuery("""
                        insert into mw_allocation (allocation_id, project_id, version, person_id, person_name, username,
                                                   task_id, first_day, last_day, percent, hours_per_day, role,
                                                   released_on, changed_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                        on conflict (allocation_id) do update set version = excluded.version,
                            person_id = excluded.person_id, person_name = excluded.person_name,
                            username = excluded.username, task_id = excluded.task_id,
                            first_day = excluded.first_day, last_day = excluded.last_day,
                            percent = excluded.percent, hours_per_day = excluded.hours_per_day,
                            role = excluded.role, released_on = excluded.released_on,
                            changed_at = excluded.changed_at
                        where mw_allocation.version <= excluded.version""")
                .setParameter(1, a.allocationId()).setParameter(2, a.projectId()).setParameter(3, a.version())
                .setParameter(4, a.personId()).setParameter(5, a.personName()).setParameter(6, a.username())
                .setParameter(7, a.taskId()).setParameter(8, a.firstDay()).setParameter(9, a.lastDay())
                .setParameter(10, a.percent()).setParameter(11, a.hoursPerDay()).setParameter(12, a.role())
                .setParameter(13, a.releasedOn())
                .setParameter(14, OffsetDateTime.ofInstant(a.changedAt(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Keeps the person unless a higher version is held. */
    public void person(dev.gantry.contracts.resources.PersonChanged p) {
        em.createNativeQuery("""
                        insert into mw_person (person_id, version, name, username, team, job_family,
                                               capacity_hours_per_week, working_days, changed_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (person_id) do update set version = excluded.version, name = excluded.name,
                            username = excluded.username, team = excluded.team, job_family = excluded.job_family,
                            capacity_hours_per_week = excluded.capacity_hours_per_week,
                            working_days = excluded.working_days, changed_at = excluded.changed_at
                        where mw_person.version <= excluded.version""")
                .setParameter(1, p.personId()).setParameter(2, p.version()).setParameter(3, p.name())
                .setParameter(4, p.username()).setParameter(5, p.team()).setParameter(6, p.jobFamily())
                .setParameter(7, p.capacityHoursPerWeek()).setParameter(8, String.join(",", p.workingDays()))
                .setParameter(9, OffsetDateTime.ofInstant(p.changedAt(), ZoneOffset.UTC))
                .executeUpdate();
    }

    public void personRemoved(UUID personId) {
        em.createNativeQuery("delete from mw_person where person_id = ?1").setParameter(1, personId).executeUpdate();
    }

    public void removed(UUID allocationId) {
        em.createNativeQuery("delete from mw_allocation where allocation_id = ?1").setParameter(1, allocationId)
                .executeUpdate();
    }

    /**
     * The user's allocations not released, in any project, that end on or after {@code from} — and those to tasks not
     * complete, however late — the earliest first.
     */
    public List<Allocation> allocationsOf(String username, LocalDate from) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    with current as (
                        select a.*, p.name as project_name, t.name as task_name, d.wbs, t.milestone, d.critical,
                               d.start_at, d.finish_at, d.total_slack_minutes, t.percent_complete,
                               coalesce(d.start_at::date, a.first_day) as from_day,
                               coalesce(case when d.finish_at::time = '00:00' and d.finish_at > d.start_at
                                             then (d.finish_at - interval '1 day')::date
                                             else d.finish_at::date end, a.last_day) as to_day
                        from mw_allocation a
                        left join portfolio_project p on p.project_id = a.project_id
                        left join st_task t on t.project_id = a.project_id and t.task_id = a.task_id
                        left join st_task_dates d on d.project_id = a.project_id and d.task_id = a.task_id
                        where lower(a.username) = lower(?) and a.released_on is null)
                    select allocation_id, project_id, project_name, role, percent, hours_per_day, from_day, to_day,
                           task_id, task_name, wbs, milestone, critical, start_at, finish_at, total_slack_minutes,
                           percent_complete
                    from current
                    where to_day >= ? or (task_id is not null and coalesce(percent_complete, 0) < 100)
                    order by from_day, project_name, allocation_id""")) {
                s.setString(1, username);
                s.setObject(2, from);
                List<Allocation> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        UUID taskId = r.getObject(9, UUID.class);
                        Object slack = r.getObject(16);
                        Task task = taskId == null ? null : new Task(taskId, r.getString(10), r.getString(11),
                                r.getBoolean(12), r.getBoolean(13), r.getObject(14, LocalDateTime.class),
                                r.getObject(15, LocalDateTime.class), slack == null ? null
                                : BigDecimal.valueOf(((Number) slack).longValue())
                                        .divide(MINUTES_PER_DAY, 1, RoundingMode.HALF_UP), r.getBigDecimal(17));
                        found.add(new Allocation(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                                r.getString(3), r.getString(4), r.getBigDecimal(5), r.getBigDecimal(6),
                                r.getObject(7, LocalDate.class), r.getObject(8, LocalDate.class), task));
                    }
                }
                return found;
            }
        });
    }

    /** The open risks the user owns (by username), the highest score first. */
    public List<Risk> risksOwnedBy(String username) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select r.project_id, p.name, r.risk_id, r.risk_key, r.title, r.status, r.level, r.score
                    from st_risk r left join portfolio_project p on p.project_id = r.project_id
                    where lower(r.owner) = lower(?) and r.status <> 'CLOSED'
                    order by r.score desc nulls last, r.raised_at, r.risk_id""")) {
                s.setString(1, username);
                List<Risk> risks = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        risks.add(new Risk(r.getObject(1, UUID.class), r.getString(2), r.getObject(3, UUID.class),
                                r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                                (Integer) r.getObject(8)));
                    }
                }
                return risks;
            }
        });
    }

    /** The user's risk response actions announced overdue, the earliest due first. */
    public List<OverdueResponse> overdueResponsesOf(String username) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select o.project_id, p.name, o.risk_id, r.risk_key, r.title, o.action_id, o.action, o.due_on
                    from st_risk_action_overdue o
                    left join st_risk r on r.risk_id = o.risk_id
                    left join portfolio_project p on p.project_id = o.project_id
                    where lower(o.owner) = lower(?) order by o.due_on, o.action_id""")) {
                s.setString(1, username);
                List<OverdueResponse> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new OverdueResponse(r.getObject(1, UUID.class), r.getString(2),
                                r.getObject(3, UUID.class), r.getString(4), r.getString(5),
                                r.getObject(6, UUID.class), r.getString(7), r.getObject(8, LocalDate.class)));
                    }
                }
                return found;
            }
        });
    }

    /** The open action items the user (by id, the identity provider's subject) owns, the earliest due first. */
    public List<ActionItem> actionItemsOf(String userId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select i.project_id, p.name, i.action_item_id, i.meeting_id, i.description, i.due_date
                    from st_action_item i left join portfolio_project p on p.project_id = i.project_id
                    where i.owner_user_id = ? and i.status = 'OPEN'
                    order by i.due_date nulls last, i.action_item_id""")) {
                s.setString(1, userId);
                List<ActionItem> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new ActionItem(r.getObject(1, UUID.class), r.getString(2),
                                r.getObject(3, UUID.class), r.getObject(4, UUID.class), r.getString(5),
                                r.getObject(6, LocalDate.class)));
                    }
                }
                return found;
            }
        });
    }
}
