package dev.gantry.projects.schedule.persistence;

import dev.gantry.projects.schedule.domain.TaskDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes computed dates in one statement however many rows changed: the rows travel as arrays and are unnested and
 * upserted by PostgreSQL. A recomputation after one edit can move thousands of tasks; one round trip instead of a
 * statement per row keeps the edit close to the engine's time. The entities are not managed: computed dates are
 * written only here.
 */
@ApplicationScoped
public class TaskDatesWriter {

    private static final String UPSERT = """
            insert into schedule_task_dates (task_id, project_id, wbs, outline_level, summary, start_at, finish_at,
                early_start, early_finish, late_start, late_finish, duration_minutes, total_slack_minutes,
                free_slack_minutes, critical)
            select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::int4[], ?::bool[], ?::timestamp[], ?::timestamp[],
                ?::timestamp[], ?::timestamp[], ?::timestamp[], ?::timestamp[], ?::int8[], ?::int8[], ?::int8[], ?::bool[])
            on conflict (task_id) do update set wbs = excluded.wbs, outline_level = excluded.outline_level,
                summary = excluded.summary, start_at = excluded.start_at, finish_at = excluded.finish_at,
                early_start = excluded.early_start, early_finish = excluded.early_finish,
                late_start = excluded.late_start, late_finish = excluded.late_finish,
                duration_minutes = excluded.duration_minutes, total_slack_minutes = excluded.total_slack_minutes,
                free_slack_minutes = excluded.free_slack_minutes, critical = excluded.critical
            """;

    private final EntityManager em;

    TaskDatesWriter(EntityManager em) {
        this.em = em;
    }

    /** Inserts or replaces the rows, in the caller's transaction (pending entity changes are flushed first). */
    public void upsert(Collection<TaskDates> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                int i = 1;
                statement.setArray(i++, array(connection, "uuid", rows, d -> d.taskId));
                statement.setArray(i++, array(connection, "uuid", rows, d -> d.projectId));
                statement.setArray(i++, array(connection, "text", rows, d -> d.wbs));
                statement.setArray(i++, array(connection, "int4", rows, d -> d.outlineLevel));
                statement.setArray(i++, array(connection, "bool", rows, d -> d.summary));
                statement.setArray(i++, timestamps(connection, rows, d -> d.start));
                statement.setArray(i++, timestamps(connection, rows, d -> d.finish));
                statement.setArray(i++, timestamps(connection, rows, d -> d.earlyStart));
                statement.setArray(i++, timestamps(connection, rows, d -> d.earlyFinish));
                statement.setArray(i++, timestamps(connection, rows, d -> d.lateStart));
                statement.setArray(i++, timestamps(connection, rows, d -> d.lateFinish));
                statement.setArray(i++, array(connection, "int8", rows, d -> d.durationMinutes));
                statement.setArray(i++, array(connection, "int8", rows, d -> d.totalSlackMinutes));
                statement.setArray(i++, array(connection, "int8", rows, d -> d.freeSlackMinutes));
                statement.setArray(i, array(connection, "bool", rows, d -> d.critical));
                statement.executeUpdate();
            }
        });
    }

    /** Deletes the rows of these tasks (their tasks are being deleted). */
    public void delete(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "delete from schedule_task_dates where task_id = any(?::uuid[])")) {
                statement.setArray(1, connection.createArrayOf("uuid", taskIds.toArray()));
                statement.executeUpdate();
            }
        });
    }

    private static Array array(Connection connection, String type, Collection<TaskDates> rows,
                               Function<TaskDates, Object> field) throws SQLException {
        Object[] values = new Object[rows.size()];
        int i = 0;
        for (TaskDates row : rows) {
            values[i++] = field.apply(row);
        }
        return connection.createArrayOf(type, values);
    }

    private static Array timestamps(Connection connection, Collection<TaskDates> rows,
                                    Function<TaskDates, LocalDateTime> field) throws SQLException {
        // As ISO text: PostgreSQL reads it as the same wall-clock time whatever the JVM's time zone.
        return array(connection, "timestamp", rows, d -> {
            LocalDateTime value = field.apply(d);
            return value == null ? null : value.toString();
        });
    }
}
