package dev.gantry.projects.schedule.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.projects.schedule.domain.TaskDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The computed dates of projects' tasks, stored by segment: one row per {@link ScheduleDates} segment holding the
 * record's JSON, as published on the schedules topic. A recomputation writes only the segments it changed, in one
 * batch; a read decodes the segments it needs.
 */
@ApplicationScoped
public class TaskDatesRepository {

    /** One segment to store: its number and the JSON of its {@link ScheduleDates} record. */
    public record Segment(int segment, String json) {
    }

    /**
     * The bodies are taken from the outbox rows the same transaction wrote for the segments' records: the database
     * copies them, so the JSON crosses the connection once, not twice.
     */
    private static final String COPY_FROM_OUTBOX = """
            insert into schedule_dates_segment (project_id, segment, version, body)
            select ?, s.segment, ?, o.payload
              from unnest(cast(? as int4[]), cast(? as uuid[])) as s(segment, event_id) join outbox o on o.event_id = s.event_id
            on conflict (project_id, segment) do update set version = excluded.version, body = excluded.body
            """;

    private final EntityManager em;

    TaskDatesRepository(EntityManager em) {
        this.em = em;
    }

    /** The computed dates of every task of the project, by task id (empty before the first computation). */
    public Map<UUID, TaskDates> byTask(UUID projectId) {
        return decode(projectId, bodies("select body from schedule_dates_segment where project_id = ?1", projectId,
                null));
    }

    /** The computed dates of these tasks of the project (read from their segments only). */
    public Map<UUID, TaskDates> ofTasks(UUID projectId, Collection<UUID> taskIds, int segments) {
        if (taskIds.isEmpty() || segments < 1) {
            return Map.of();
        }
        List<Integer> wanted = taskIds.stream().map(id -> ScheduleDates.segmentOf(id, segments)).distinct().toList();
        return decode(projectId, bodies("select body from schedule_dates_segment where project_id = ?1"
                + " and segment = any(cast(?2 as int4[]))", projectId, wanted.toArray(Integer[]::new)));
    }

    /**
     * Inserts or replaces the segments and removes those numbered {@code segments} and above. Each written segment's
     * body is the payload of the outbox row with the given event id, which this transaction wrote for the segment's
     * {@link ScheduleDates} record (its JSON is the same text).
     *
     * @param written the segments' numbers, in the order of {@code eventIds}
     * @param eventIds the event ids of the segments' outbox rows
     */
    public void write(UUID projectId, long version, List<Integer> written, List<UUID> eventIds, int segments) {
        if (written.size() != eventIds.size()) {
            throw new IllegalArgumentException(written.size() + " segments but " + eventIds.size() + " event ids");
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            if (!written.isEmpty()) {
                try (PreparedStatement statement = connection.prepareStatement(COPY_FROM_OUTBOX)) {
                    statement.setObject(1, projectId);
                    statement.setLong(2, version);
                    statement.setArray(3, connection.createArrayOf("int4", written.toArray(Integer[]::new)));
                    statement.setArray(4, connection.createArrayOf("uuid", eventIds.toArray(UUID[]::new)));
                    int copied = statement.executeUpdate();
                    if (copied != written.size()) {
                        throw new IllegalStateException("Stored " + copied + " of " + written.size()
                                + " schedule segments of project " + projectId + ": their outbox rows are missing");
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "delete from schedule_dates_segment where project_id = ? and segment >= ?")) {
                statement.setObject(1, projectId);
                statement.setInt(2, segments);
                statement.executeUpdate();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> bodies(String sql, UUID projectId, Object segments) {
        var query = em.createNativeQuery(sql, String.class).setParameter(1, projectId);
        if (segments != null) {
            query.setParameter(2, segments);
        }
        return query.getResultList();
    }

    private static Map<UUID, TaskDates> decode(UUID projectId, List<String> bodies) {
        Map<UUID, TaskDates> byTask = new HashMap<>();
        for (String body : bodies) {
            for (ScheduleDates.Computed c : read(body).tasks()) {
                byTask.put(c.taskId(), TaskDates.of(projectId, c));
            }
        }
        return byTask;
    }

    private static ScheduleDates read(String body) {
        try {
            return EventJson.mapper().readValue(body, ScheduleDates.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored schedule segment cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
