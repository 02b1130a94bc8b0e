package dev.gantry.reporting.status.persistence;

import dev.gantry.reporting.status.domain.StatusInputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads what a project's status is judged from, in one database session. */
@ApplicationScoped
public class StatusReadRepository {

    /** The most tasks, risks or items a list of the status names. */
    public static final int LISTED = 10;

    /** Total slack is reported in days of this many working minutes (an 8-hour day). */
    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(480);

    public record Schedule(long version, LocalDateTime start, LocalDateTime finish, LocalDateTime statusDate,
                           int taskCount) {
    }

    public record ActionItem(UUID actionItemId, UUID projectId, UUID meetingId, String description, String ownerUserId,
                             String ownerName, LocalDate dueDate, String status, UUID taskId) {
    }

    /** The schedule-side inputs and lists: slipped, late, negative slack, next milestones. */
    public record ScheduleFacts(Optional<Schedule> schedule, LocalDateTime baselineFinish,
                                List<StatusInputs.TaskSlip> slipped, int slippedCount,
                                List<StatusInputs.TaskSlip> lateMilestones, int lateMilestoneCount,
                                List<StatusInputs.TaskSlip> negativeSlack,
                                int negativeSlackCount, List<StatusInputs.TaskSlip> nextMilestones) {
    }

    private final EntityManager em;

    StatusReadRepository(EntityManager em) {
        this.em = em;
    }

    public ScheduleFacts schedule(UUID projectId, UUID baselineId, LocalDate today) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Optional<Schedule> schedule = header(c, projectId);
            LocalDateTime baselineFinish = null;
            if (baselineId != null) {
                // The project's finish as saved; baselines stored before it was kept: their latest task finish.
                try (PreparedStatement s = c.prepareStatement("""
                        select coalesce(b.finish_at, (select max(t.finish_at) from ev_baseline_task t
                                                      where t.baseline_id = b.baseline_id and not t.summary))
                        from ev_baseline b where b.baseline_id = ?""")) {
                    s.setObject(1, baselineId);
                    try (ResultSet r = s.executeQuery()) {
                        baselineFinish = r.next() ? r.getObject(1, LocalDateTime.class) : null;
                    }
                }
            }
            String columns = """
                    select t.task_id, t.name, d.wbs, t.milestone, d.critical, d.finish_at, b.finish_at,
                           %s, d.total_slack_minutes, t.percent_complete
                    from st_task t
                    join st_task_dates d on d.project_id = t.project_id and d.task_id = t.task_id
                    left join ev_baseline_task b on b.baseline_id = ? and b.task_id = t.task_id
                    where t.project_id = ? and not d.summary and coalesce(t.percent_complete, 0) < 100
                    """;
            String slip = "(d.finish_at::date - b.finish_at::date)";
            List<StatusInputs.TaskSlip> slipped = tasks(c, columns.formatted(slip)
                    + " and d.finish_at::date > b.finish_at::date order by 8 desc, d.wbs limit " + LISTED,
                    baselineId, projectId);
            int slippedCount = count(c, """
                    select count(*) from st_task t
                    join st_task_dates d on d.project_id = t.project_id and d.task_id = t.task_id
                    join ev_baseline_task b on b.baseline_id = ? and b.task_id = t.task_id
                    where t.project_id = ? and not d.summary and coalesce(t.percent_complete, 0) < 100
                      and d.finish_at::date > b.finish_at::date""", baselineId, projectId);
            List<StatusInputs.TaskSlip> late = tasks(c, columns.formatted("(?::date - d.finish_at::date)")
                    + " and t.milestone and d.finish_at::date < ? order by d.finish_at, d.wbs limit " + LISTED,
                    today, baselineId, projectId, today);
            int lateCount = count(c, """
                    select count(*) from st_task t
                    join st_task_dates d on d.project_id = t.project_id and d.task_id = t.task_id
                    where t.project_id = ? and not d.summary and coalesce(t.percent_complete, 0) < 100
                      and t.milestone and d.finish_at::date < ?""", projectId, today);
            List<StatusInputs.TaskSlip> negative = tasks(c, columns.formatted(slip)
                    + " and d.total_slack_minutes < 0 order by d.total_slack_minutes, d.wbs limit " + LISTED,
                    baselineId, projectId);
            int negativeCount = count(c, """
                    select count(*) from st_task t
                    join st_task_dates d on d.project_id = t.project_id and d.task_id = t.task_id
                    where t.project_id = ? and not d.summary and coalesce(t.percent_complete, 0) < 100
                      and d.total_slack_minutes < 0""", projectId);
            List<StatusInputs.TaskSlip> next = tasks(c, columns.formatted(slip)
                    + " and t.milestone and d.finish_at::date >= ? order by d.finish_at, d.wbs limit 5",
                    baselineId, projectId, today);
            return new ScheduleFacts(schedule, baselineFinish, slipped, slippedCount, late, lateCount, negative,
                    negativeCount, next);
        });
    }

    private static Optional<Schedule> header(Connection c, UUID projectId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select version, start_at, finish_at, status_date, task_count from st_schedule where project_id = ?""")) {
            s.setObject(1, projectId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Schedule(r.getLong(1), r.getObject(2, LocalDateTime.class),
                        r.getObject(3, LocalDateTime.class), r.getObject(4, LocalDateTime.class), r.getInt(5)))
                        : Optional.empty();
            }
        }
    }

    /** Runs a task query with its parameters in order. */
    private static List<StatusInputs.TaskSlip> tasks(Connection c, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<StatusInputs.TaskSlip> tasks = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object slip = r.getObject(8);
                    tasks.add(new StatusInputs.TaskSlip(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                            r.getBoolean(4), r.getBoolean(5), r.getObject(6, LocalDateTime.class),
                            r.getObject(7, LocalDateTime.class), slip == null ? null : ((Number) slip).intValue(),
                            BigDecimal.valueOf(r.getLong(9)).divide(MINUTES_PER_DAY, 1, RoundingMode.HALF_UP),
                            r.getBigDecimal(10)));
                }
            }
            return tasks;
        }
    }

    private static int count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The project's risks not closed, the highest score first (unscored last). */
    public List<StatusInputs.RiskSummary> openRisks(UUID projectId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select risk_id, risk_key, title, status, level, score, owner, schedule_impact_days,
                           expected_monetary_value
                    from st_risk where project_id = ? and status <> 'CLOSED'
                    order by score desc nulls last, raised_at, risk_id""")) {
                s.setObject(1, projectId);
                return risks(s);
            }
        });
    }

    private static List<StatusInputs.RiskSummary> risks(PreparedStatement s) throws SQLException {
        List<StatusInputs.RiskSummary> risks = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                risks.add(new StatusInputs.RiskSummary(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), (Integer) r.getObject(6), r.getString(7),
                        (Integer) r.getObject(8), r.getBigDecimal(9)));
            }
        }
        return risks;
    }

    public List<StatusInputs.OverdueAction> overdueActions(UUID projectId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select action_id, risk_id, action, owner, due_on from st_risk_action_overdue
                    where project_id = ? order by due_on, action_id""")) {
                s.setObject(1, projectId);
                return overdue(s);
            }
        });
    }

    private static List<StatusInputs.OverdueAction> overdue(PreparedStatement s) throws SQLException {
        List<StatusInputs.OverdueAction> actions = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                actions.add(new StatusInputs.OverdueAction(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                        r.getString(3), r.getString(4), r.getObject(5, LocalDate.class)));
            }
        }
        return actions;
    }

    /** Open over-allocation episodes with one of the project's allocations on their peak day. */
    public List<StatusInputs.Episode> episodes(UUID projectId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select o.episode_id, o.person_id, o.person_name, o.first_day, o.last_day,
                           coalesce(bool_or(sh.critical), false)
                    from st_overallocation o join st_overallocation_share sh on sh.episode_id = o.episode_id
                    where sh.project_id = ?
                    group by o.episode_id order by o.first_day, o.episode_id""")) {
                s.setObject(1, projectId);
                List<StatusInputs.Episode> episodes = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        episodes.add(new StatusInputs.Episode(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                                r.getString(3), r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class),
                                r.getBoolean(6)));
                    }
                }
                return episodes;
            }
        });
    }

    /** The project's open action items, the earliest due first. */
    public List<ActionItem> openActionItems(UUID projectId) {
        return actionItems("project_id = ?", projectId);
    }

    private List<ActionItem> actionItems(String where, Object parameter) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select action_item_id, meeting_id, description, owner_user_id, owner_name, due_date, status,
                           task_id, project_id
                    from st_action_item where status = 'OPEN'""" + " and " + where
                    + " order by due_date nulls last, action_item_id")) {
                s.setObject(1, parameter);
                List<ActionItem> items = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(new ActionItem(r.getObject(1, UUID.class), r.getObject(9, UUID.class),
                                r.getObject(2, UUID.class),
                                r.getString(3), r.getString(4), r.getString(5), r.getObject(6, LocalDate.class),
                                r.getString(7), r.getObject(8, UUID.class)));
                    }
                }
                return items;
            }
        });
    }
}
