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
 * The computed dates of projects' tasks, stored by segment: one row per {@link ScheduleDates} segment and version
 * holding the record's JSON, as published on the schedules topic. A recomputation writes only the segments it changed,
 * in one batch; the outbox rows that publish them name these rows instead of holding a copy
 * ({@link ScheduleDatesPayloads}), and a segment's earlier versions are removed once a later one is published. A read
 * decodes the latest version of the segments it needs.
 */
@ApplicationScoped
public class TaskDatesRepository {

    /** One segment to store: its number and the JSON of its {@link ScheduleDates} record. */
    public record Segment(int segment, String json) {
    }

    private static final String INSERT = """
            insert into schedule_dates_segment (project_id, segment, version, body) values (?, ?, ?, ?)""";
    /** Each segment's latest version: earlier ones stay until the relay has published a later one. */
    private static final String LATEST = "select distinct on (segment) body from schedule_dates_segment"
            + " where project_id = ?1";

    private final EntityManager em;

    TaskDatesRepository(EntityManager em) {
        this.em = em;
    }

    /** The computed dates of every task of the project, by task id (empty before the first computation). */
    public Map<UUID, TaskDates> byTask(UUID projectId) {
        return decode(projectId, bodies(LATEST + " order by segment, version desc", projectId, null));
    }

    /** The computed dates of these tasks of the project (read from their segments only). */
    public Map<UUID, TaskDates> ofTasks(UUID projectId, Collection<UUID> taskIds, int segments) {
        if (taskIds.isEmpty() || segments < 1) {
            return Map.of();
        }
        List<Integer> wanted = taskIds.stream().map(id -> ScheduleDates.segmentOf(id, segments)).distinct().toList();
        return decode(projectId, bodies(LATEST + " and segment = any(cast(?2 as int4[])) order by segment, version desc",
                projectId, wanted.toArray(Integer[]::new)));
    }

    /**
     * Stores the segments at {@code version} and, when {@code removeAbove} (the segment count fell), removes every
     * version of those numbered {@code segments} and above (their records are superseded by tombstones published
     * after them). Otherwise no such row exists, and the statement is not sent.
     */
    public void write(UUID projectId, long version, Collection<Segment> written, int segments,
                      boolean removeAbove) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            if (!written.isEmpty()) {
                // A batch of plain parameters: an array literal would have the driver escape every character of
                // the JSON and the database parse it back.
                try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                    for (Segment segment : written) {
                        statement.setObject(1, projectId);
                        statement.setInt(2, segment.segment());
                        statement.setLong(3, version);
                        statement.setString(4, segment.json());
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            }
            if (!removeAbove) {
                return;
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
