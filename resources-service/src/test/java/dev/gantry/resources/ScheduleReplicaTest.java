package dev.gantry.resources;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.platform.events.PoisonEventException;
import dev.gantry.resources.schedule.ScheduleReplica;
import dev.gantry.resources.schedule.domain.ScheduleHeader;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The replica of computed schedules, record by record against the real database: a segment is stored unless a newer
 * one is kept, and a version counts as received only when exactly its segments are present and none is newer.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class ScheduleReplicaTest {

    @Inject
    ScheduleReplica replica;

    @Inject
    EntityManager em;

    @Test
    void anOlderSegmentDeliveredLateChangesNothing() {
        UUID project = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        replica.apply(segment(project, 0, 3, task, LocalDate.of(2027, 3, 1)));
        replica.apply(header(project, 3, 1));
        assertThat(appliedVersion(project)).contains(3L);

        replica.apply(segment(project, 0, 2, task, LocalDate.of(2027, 3, 8)));
        assertThat(replica.taskDates(project, task)).hasValueSatisfying(d -> assertThat(d.firstDay())
                .isEqualTo(LocalDate.of(2027, 3, 1)));

        replica.apply(segment(project, 0, 4, task, LocalDate.of(2027, 3, 15)));
        assertThat(replica.taskDates(project, task)).hasValueSatisfying(d -> assertThat(d.firstDay())
                .isEqualTo(LocalDate.of(2027, 3, 15)));
    }

    @Test
    void aVersionIsReceivedOnlyWithExactlyItsSegmentsAndNoneNewer() {
        UUID project = UUID.randomUUID();
        UUID[] tasks = {taskIn(0, 2), taskIn(1, 2), taskIn(2, 3)};
        // Version 5 in two segments: the header first, then one segment: not yet received.
        replica.apply(header(project, 5, 2));
        replica.apply(segment(project, 0, 5, tasks[0], LocalDate.of(2027, 3, 1)));
        assertThat(appliedVersion(project)).isEmpty();
        replica.apply(segment(project, 1, 5, tasks[1], LocalDate.of(2027, 3, 1)));
        assertThat(appliedVersion(project)).contains(5L);

        // Version 6 in three segments; while a segment of version 7 is already there, 6 is not whole.
        replica.apply(header(project, 6, 3));
        replica.apply(segment(project, 0, 7, tasks[0], LocalDate.of(2027, 3, 8)));
        replica.apply(segment(project, 2, 6, tasks[2], LocalDate.of(2027, 3, 8)));
        assertThat(appliedVersion(project)).contains(5L);

        // Version 7 back in two segments: segment 2 is left over until its tombstone removes it.
        replica.apply(header(project, 7, 2));
        replica.apply(segment(project, 1, 7, tasks[1], LocalDate.of(2027, 3, 8)));
        assertThat(appliedVersion(project)).contains(5L);
        replica.apply(record(ScheduleKeys.dates(project, 2), null, null));
        assertThat(appliedVersion(project)).contains(7L);
        assertThat(replica.taskDates(project, List.of(tasks))).containsOnlyKeys(tasks[0], tasks[1]);
    }

    @Test
    void aRecordOfTheWrongTypeOrUnreadableIsPoison() {
        UUID project = UUID.randomUUID();
        ScheduleDates dates = new ScheduleDates(project, 0, 1, List.of());
        assertThatThrownBy(() -> replica.apply(record(ScheduleKeys.dates(project, 0), TestEvents.json(dates),
                GantryEvent.typeOf(ScheduleVersion.class)))).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> replica.apply(record(ScheduleKeys.dates(project, 0), "{\"version\":",
                GantryEvent.typeOf(ScheduleDates.class)))).isInstanceOf(PoisonEventException.class);
        assertThat(replica.taskDates(project, List.of(UUID.randomUUID()))).isEmpty();
    }

    /** A task id that falls into this segment of so many. */
    private static UUID taskIn(int segment, int segments) {
        while (true) {
            UUID id = UUID.randomUUID();
            if (ScheduleDates.segmentOf(id, segments) == segment) {
                return id;
            }
        }
    }

    private Optional<Long> appliedVersion(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ScheduleHeader header = em.find(ScheduleHeader.class, project);
            return header == null ? Optional.<Long>empty() : Optional.ofNullable(header.appliedVersion);
        });
    }

    private static ConsumerRecord<String, String> segment(UUID project, int segment, long version, UUID task,
                                                          LocalDate monday) {
        long start = ScheduleDates.Computed.minute(monday.atTime(8, 0));
        long finish = ScheduleDates.Computed.minute(monday.plusDays(4).atTime(17, 0));
        ScheduleDates dates = new ScheduleDates(project, segment, version, List.of(new ScheduleDates.Computed(task,
                "1", 1, false, true, start, finish, start, finish, start, finish, 2400, 0, 0)));
        return record(ScheduleKeys.dates(project, segment), TestEvents.json(dates),
                GantryEvent.typeOf(ScheduleDates.class));
    }

    private static ConsumerRecord<String, String> header(UUID project, long version, int segments) {
        ScheduleVersion header = new ScheduleVersion(project, version, LocalDateTime.of(2027, 3, 1, 8, 0),
                LocalDateTime.of(2027, 3, 19, 17, 0), null, null, Instant.now(), 3, 0, 0, segments, 1, 0,
                LocalDateTime.of(2027, 3, 1, 8, 0), null);
        return record(project.toString(), TestEvents.json(header), GantryEvent.typeOf(ScheduleVersion.class));
    }

    private static ConsumerRecord<String, String> record(String key, String value, String type) {
        RecordHeaders headers = new RecordHeaders();
        if (type != null) {
            headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>("gantry.projects.schedules.v3", 0, 0L, ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE, -1, -1, key, value, headers, Optional.empty());
    }
}
