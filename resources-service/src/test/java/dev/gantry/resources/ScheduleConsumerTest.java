package dev.gantry.resources;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.resources.schedule.ScheduleReplica;
import dev.gantry.resources.schedule.domain.ScheduleHeader;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The schedules topic through the real broker and the service's consumer, which takes a poll at a time (ADR 0031):
 * versions published back to back end at the last one, and a poison record goes to the dead-letter topic on its own
 * while the records after it in its partition are applied.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class ScheduleConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int PARTITION = 1;

    @Inject
    ScheduleReplica replica;

    @Inject
    EntityManager em;

    @Test
    void versionsBackToBackEndAtTheLastAndAPoisonRecordIsDeadLetteredAlone() {
        UUID poisoned = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        KafkaTestClient kafka = PublishedProjects.kafka();
        // A segment whose type header names another type: poison. Then, in the same partition, ten versions of
        // another project, each a segment and its header.
        ScheduleDates wrong = new ScheduleDates(poisoned, 0, 1, List.of());
        RecordMetadata poison = kafka.send(Topics.PROJECT_SCHEDULES, PARTITION, ScheduleKeys.dates(poisoned, 0),
                TestEvents.json(wrong), Map.of("ce_type", GantryEvent.typeOf(ScheduleVersion.class)));
        for (int version = 1; version <= 10; version++) {
            publish(kafka, project, version, task, LocalDate.of(2027, 3, 1).plusWeeks(version));
        }

        await().atMost(WAIT).until(() -> Long.valueOf(10).equals(appliedVersion(project)));
        assertThat(replica.taskDates(project, task)).hasValueSatisfying(d -> assertThat(d.firstDay())
                .isEqualTo(LocalDate.of(2027, 3, 1).plusWeeks(10)));
        List<ConsumerRecord<String, String>> dead = kafka.awaitRecords("gantry.dlq.resources",
                r -> r.key() != null && (r.key().startsWith(poisoned.toString())
                        || r.key().startsWith(project.toString())), 1, WAIT);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).key()).isEqualTo(ScheduleKeys.dates(poisoned, 0));
        assertThat(header(dead.get(0), "dead-letter-reason")).isEqualTo("Record " + ScheduleKeys.dates(poisoned, 0)
                + " has type " + GantryEvent.typeOf(ScheduleVersion.class) + ", not "
                + GantryEvent.typeOf(ScheduleDates.class));
        assertThat(header(dead.get(0), "dead-letter-topic")).isEqualTo(Topics.PROJECT_SCHEDULES);
        assertThat(header(dead.get(0), "dead-letter-offset")).isEqualTo(String.valueOf(poison.offset()));
    }

    private static void publish(KafkaTestClient kafka, UUID project, long version, UUID task, LocalDate monday) {
        long start = ScheduleDates.Computed.minute(monday.atTime(8, 0));
        long finish = ScheduleDates.Computed.minute(monday.plusDays(4).atTime(17, 0));
        ScheduleDates segment = new ScheduleDates(project, 0, version, List.of(new ScheduleDates.Computed(task, "1", 1,
                false, true, start, finish, start, finish, start, finish, 2400, 0, 0)));
        kafka.send(Topics.PROJECT_SCHEDULES, PARTITION, ScheduleKeys.dates(project, 0), TestEvents.json(segment),
                TestEvents.headers(segment, UUID.randomUUID(), "projects-service"));
        ScheduleVersion header = new ScheduleVersion(project, version, monday.atTime(8, 0),
                monday.plusDays(4).atTime(17, 0), null, null, Instant.now(), 1, 0, 0, 1, 1, 0, monday.atTime(8, 0),
                null);
        kafka.send(Topics.PROJECT_SCHEDULES, PARTITION, project.toString(), TestEvents.json(header),
                TestEvents.headers(header, UUID.randomUUID(), "projects-service"));
    }

    private Long appliedVersion(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ScheduleHeader header = em.find(ScheduleHeader.class, project);
            return header == null ? null : header.appliedVersion;
        });
    }
}
