package dev.gantry.resources.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.platform.events.KeyedRecords;
import dev.gantry.platform.events.PoisonEventException;
import dev.gantry.resources.schedule.domain.ScheduleHeader;
import dev.gantry.resources.schedule.domain.ScheduleSegment;
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
 * <p>Records are applied by key and version, so a redelivered record changes nothing: no inbox is needed.
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
                ScheduleSegment gone = em.find(ScheduleSegment.class, new ScheduleSegment.Key(key.projectId(),
                        key.segment()));
                if (gone != null) {
                    em.remove(gone);
                }
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
            ScheduleSegment row = em.find(ScheduleSegment.class, new ScheduleSegment.Key(projectId, s));
            return row == null ? List.of() : read(row.body, ScheduleDates.class).tasks();
        });
    }

    private void storeSegment(ScheduleKeys.Key key, ScheduleDates dates, String json) {
        ScheduleSegment row = em.find(ScheduleSegment.class, new ScheduleSegment.Key(key.projectId(), key.segment()));
        if (row == null) {
            row = new ScheduleSegment();
            row.key = new ScheduleSegment.Key(key.projectId(), key.segment());
            row.version = dates.version();
            row.body = json;
            em.persist(row);
        } else if (dates.version() >= row.version) {
            row.version = dates.version();
            row.body = json;
        }
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
        List<Object[]> segments = em.createQuery("select s.key.segment, s.version from ScheduleSegment s"
                + " where s.key.projectId = ?1", Object[].class).setParameter(1, projectId).getResultList();
        int present = 0;
        for (Object[] segment : segments) {
            int number = (Integer) segment[0];
            long version = (Long) segment[1];
            if (number >= header.dateSegments || version > header.version) {
                return;
            }
            present++;
        }
        if (present != header.dateSegments) {
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
