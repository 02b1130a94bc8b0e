package dev.gantry.resources.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.platform.events.KeyedRecords;
import dev.gantry.platform.events.PoisonEventException;
import dev.gantry.resources.schedule.domain.ScheduleHeader;
import dev.gantry.resources.schedule.domain.TaskDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What resources-service keeps of projects' computed schedules: from the compacted schedules topic, the latest
 * {@link ScheduleDates} segment of each project (a tombstone removes one) and its latest {@link ScheduleVersion}. Task,
 * link and calendar records are not needed here and are skipped. When a version is complete — exactly its
 * {@code dateSegments} segments present, none newer than it, as the topic's rule says (docs/events.md) — it is
 * announced with {@link ScheduleReceived} once, in the transaction that stored its last record.
 *
 * <p>Records are applied by key and version, so a redelivered record changes nothing: no inbox is needed. Segments
 * are written and read with plain statements, never as entities: a segment's body is 20-40 KB that an entity update
 * would first read back and compare.
 */
@ApplicationScoped
@Transactional
public class ScheduleReplica {

    private final EntityManager em;
    private final Event<ScheduleReceived> received;

    ScheduleReplica(EntityManager em, Event<ScheduleReceived> received) {
        this.em = em;
        this.received = received;
    }

    /** Applies one record of the schedules topic. */
    public void apply(ConsumerRecord<String, String> record) {
        ScheduleKeys.Key key = ScheduleKeys.parse(record.key());
        if (key == null) {
            throw new PoisonEventException("Not a key of the schedules topic: " + record.key());
        }
        if (ScheduleKeys.DATES.equals(key.kind())) {
            if (record.value() == null) {
                em.createNativeQuery("delete from schedule_segment where project_id = ?1 and segment = ?2")
                        .setParameter(1, key.projectId()).setParameter(2, key.segment()).executeUpdate();
            } else {
                storeSegment(key, KeyedRecords.read(record, ScheduleDates.class), record.value());
            }
            completeIfReady(key.projectId());
        } else if (key.kind() == null && record.value() != null) {
            storeHeader(KeyedRecords.read(record, ScheduleVersion.class));
            completeIfReady(key.projectId());
        }
    }

    /** The task's dates in the project's schedule as last received, if the task is in it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskDates> taskDates(UUID projectId, UUID taskId) {
        ScheduleHeader header = em.find(ScheduleHeader.class, projectId);
        if (header == null || header.appliedVersion == null || header.dateSegments == 0) {
            return Optional.empty();
        }
        return dates(projectId, ScheduleDates.segmentOf(taskId, header.dateSegments), new HashMap<>()).stream()
                .filter(c -> c.taskId().equals(taskId)).findFirst().map(ScheduleReplica::toTaskDates);
    }

    /** As {@link #taskDates(UUID, UUID)} for many tasks, reading each segment once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, TaskDates> taskDates(UUID projectId, List<UUID> taskIds) {
        Map<UUID, TaskDates> found = new HashMap<>();
        ScheduleHeader header = em.find(ScheduleHeader.class, projectId);
        if (header == null || header.appliedVersion == null || header.dateSegments == 0) {
            return found;
        }
        Map<Integer, List<ScheduleDates.Computed>> segments = new HashMap<>();
        for (UUID taskId : taskIds) {
            dates(projectId, ScheduleDates.segmentOf(taskId, header.dateSegments), segments).stream()
                    .filter(c -> c.taskId().equals(taskId)).findFirst()
                    .ifPresent(c -> found.put(taskId, toTaskDates(c)));
        }
        return found;
    }

    private List<ScheduleDates.Computed> dates(UUID projectId, int segment,
                                               Map<Integer, List<ScheduleDates.Computed>> cache) {
        return cache.computeIfAbsent(segment, s -> {
            List<?> body = em.createNativeQuery("select body from schedule_segment where project_id = ?1"
                    + " and segment = ?2", String.class).setParameter(1, projectId).setParameter(2, s).getResultList();
            return body.isEmpty() ? List.of() : read((String) body.get(0), ScheduleDates.class).tasks();
        });
    }

    /**
     * Stores the segment unless a newer one is kept: one statement, without reading the stored body back (20-40 KB per
     * segment, which an entity update would load and compare first).
     */
    private void storeSegment(ScheduleKeys.Key key, ScheduleDates dates, String json) {
        em.createNativeQuery("""
                        insert into schedule_segment (project_id, segment, version, body) values (?1, ?2, ?3, ?4)
                        on conflict (project_id, segment) do update set version = excluded.version, body = excluded.body
                        where schedule_segment.version <= excluded.version""")
                .setParameter(1, key.projectId()).setParameter(2, key.segment()).setParameter(3, dates.version())
                .setParameter(4, json).executeUpdate();
    }

    private void storeHeader(ScheduleVersion version) {
        ScheduleHeader header = em.find(ScheduleHeader.class, version.projectId());
        if (header == null) {
            header = new ScheduleHeader();
            header.projectId = version.projectId();
            header.version = version.version();
            header.dateSegments = version.dateSegments();
            header.taskCount = version.taskCount();
            em.persist(header);
        } else if (version.version() >= header.version) {
            header.version = version.version();
            header.dateSegments = version.dateSegments();
            header.taskCount = version.taskCount();
        }
    }

    private void completeIfReady(UUID projectId) {
        ScheduleHeader header = em.find(ScheduleHeader.class, projectId);
        if (header == null || (header.appliedVersion != null && header.appliedVersion >= header.version)) {
            return;
        }
        // Complete when exactly segments 0 .. dateSegments - 1 are present and none is newer than the version.
        Object[] present = (Object[]) em.createNativeQuery("""
                        select count(*), count(*) filter (where segment < ?2 and version <= ?3)
                        from schedule_segment where project_id = ?1""")
                .setParameter(1, projectId).setParameter(2, header.dateSegments).setParameter(3, header.version)
                .getSingleResult();
        long all = ((Number) present[0]).longValue();
        if (all != header.dateSegments || ((Number) present[1]).longValue() != all) {
            return;
        }
        header.appliedVersion = header.version;
        em.flush();
        received.fire(new ScheduleReceived(projectId, header.version));
    }

    private static TaskDates toTaskDates(ScheduleDates.Computed c) {
        LocalDateTime start = c.start();
        LocalDateTime finish = c.finish();
        LocalDate last = finish.toLocalTime().equals(LocalTime.MIDNIGHT) && finish.isAfter(start)
                ? finish.toLocalDate().minusDays(1) : finish.toLocalDate();
        LocalDate first = start.toLocalDate();
        return new TaskDates(c.taskId(), first, last.isBefore(first) ? first : last, c.critical());
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }
}
