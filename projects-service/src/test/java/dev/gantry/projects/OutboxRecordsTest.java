package dev.gantry.projects;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.events.EventTooLargeException;
import dev.gantry.platform.events.OutboxMessage;
import dev.gantry.platform.events.OutboxRelay;
import dev.gantry.platform.events.Outgoing;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaBroker;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static dev.gantry.projects.ProjectsApi.count;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Keys, partition keys, tombstones, batches and the size bound of outbox records, on the real broker. */
@QuarkusTest
class OutboxRecordsTest {

    private static final Logger LOG = Logger.getLogger(OutboxRecordsTest.class);
    static final String TOPIC = "gantry.test.task-states.v1";
    private static final int PARTITIONS = 3;

    /** A state record of a compacted topic: keyed by task, ordered (and partitioned) by project. */
    @EventType(value = "dev.gantry.test.task-state.v1", topic = TOPIC)
    public record TaskState(String projectId, String taskId, int sequence, String note) implements GantryEvent {

        @Override
        public String subject() {
            return projectId;
        }

        @Override
        public String key() {
            return taskId == null ? projectId : projectId + "/task/" + taskId;
        }
    }

    private final KafkaBroker broker = GantryTestResources.kafka();

    @Inject
    EventPublisher events;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "gantry.outbox.key-window")
    int keyWindow;

    @BeforeEach
    void topic() {
        broker.createTopic(TOPIC, PARTITIONS, true);
    }

    @Test
    void aRecordKeyedByTaskLandsOnThePartitionOfItsProjectAsTheDefaultPartitionerWouldPutTheProject() {
        String project = UUID.randomUUID().toString();
        List<TaskState> states = new ArrayList<>();
        states.add(new TaskState(project, null, 0, "the project's own record"));
        IntStream.range(1, 13).forEach(i -> states.add(new TaskState(project, "t" + i, i, null)));
        QuarkusTransaction.requiringNew().run(() -> events.publishAll(states));

        int expected = BuiltInPartitioner.partitionForKey(project.getBytes(StandardCharsets.UTF_8), PARTITIONS);
        assertThat(OutboxRelay.partitionFor(project, PARTITIONS)).isEqualTo(expected);
        // Without partition keys some of these would land elsewhere, which is the point of the test.
        assertThat(IntStream.range(1, 13).map(i -> BuiltInPartitioner.partitionForKey(
                (project + "/task/t" + i).getBytes(StandardCharsets.UTF_8), PARTITIONS))).anyMatch(p -> p != expected);

        try (KafkaTestClient kafka = new KafkaTestClient(broker)) {
            List<ConsumerRecord<String, String>> records = kafka.awaitRecords(TOPIC,
                    r -> project.equals(header(r, "ce_subject")), states.size(), Duration.ofSeconds(30));
            assertThat(records).extracting(ConsumerRecord::partition).containsOnly(expected);
            assertThat(records).extracting(ConsumerRecord::key).containsExactlyElementsOf(
                    states.stream().map(TaskState::key).toList());
        }
    }

    @Test
    void aTombstoneIsARecordWithoutValueThatKeepsTheCloudEventsHeaders() {
        String project = UUID.randomUUID().toString();
        String key = project + "/task/gone";
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> {
            events.publish(new TaskState(project, "gone", 1, "before deletion"));
            return events.tombstone(TaskState.class, key, project);
        });

        try (KafkaTestClient kafka = new KafkaTestClient(broker)) {
            List<ConsumerRecord<String, String>> records = kafka.awaitRecords(TOPIC,
                    r -> key.equals(r.key()), 2, Duration.ofSeconds(30));
            assertThat(records.get(0).value()).contains("before deletion");
            ConsumerRecord<String, String> tombstone = records.get(1);
            assertThat(tombstone.value()).isNull();
            assertThat(tombstone.partition()).isEqualTo(OutboxRelay.partitionFor(project, PARTITIONS));
            assertThat(header(tombstone, "ce_id")).isEqualTo(eventId.toString());
            assertThat(header(tombstone, "ce_type")).isEqualTo("dev.gantry.test.task-state.v1");
            assertThat(header(tombstone, "ce_source")).isEqualTo("/gantry/projects-service");
            assertThat(header(tombstone, "ce_subject")).isEqualTo(project);
            assertThat(header(tombstone, "ce_actor")).isEqualTo("system");
            assertThat(header(tombstone, "ce_time")).isNotBlank();
            assertThat(header(tombstone, "datacontenttype")).isNull();
        }
    }

    @Test
    void tenThousandRecordsOfOneProjectPublishedInOneBatchArriveInOrder() {
        String project = UUID.randomUUID().toString();
        int n = 10_000;
        List<Outgoing> batch = new ArrayList<>(n + 1);
        IntStream.range(0, n).forEach(i -> batch.add(Outgoing.event(new TaskState(project, "t" + i, i, null))));
        batch.add(Outgoing.tombstone(TaskState.class, project + "/task/t0", project));

        QuarkusTransaction.requiringNew().run(() -> events.publishOutgoing(batch));
        long committed = System.nanoTime();
        await().atMost(Duration.ofSeconds(120)).until(() -> count(
                "select count(*) from outbox where partition_key = ? and published_at is null", project) == 0);
        long published = System.nanoTime();

        LOG.infof("Outbox relay: %d records of one partition key published %d ms after commit (key window %d)",
                n + 1, millis(committed, published), keyWindow);

        try (KafkaTestClient kafka = new KafkaTestClient(broker)) {
            List<ConsumerRecord<String, String>> records = kafka.awaitRecords(TOPIC,
                    r -> project.equals(header(r, "ce_subject")), n + 1, Duration.ofSeconds(60));
            assertThat(records).hasSize(n + 1);
            assertThat(records.subList(0, n)).extracting(ConsumerRecord::key)
                    .containsExactlyElementsOf(IntStream.range(0, n).mapToObj(i -> project + "/task/t" + i).toList());
            assertThat(records.get(n).key()).isEqualTo(project + "/task/t0");
            assertThat(records.get(n).value()).isNull();
        }
        assertThat(count("select count(*) from outbox where partition_key = ? and payload is not null "
                + "and id - (select min(id) from outbox where partition_key = ?) "
                + "<> cast(substring(message_key from '/task/t([0-9]+)$') as bigint)", project, project))
                .as("outbox ids follow the order of the batch").isZero();
    }

    /**
     * Writing 10,000 outbox rows in one transaction: one JDBC batch, one insert per publish(), and Hibernate's
     * persist (what publish() did before; identity keys are never batched). Each is run twice, the first time to warm
     * up. Em.persist inserts at once (identity), so all three pay for their inserts inside the timing.
     */
    @Test
    void batchPublishingWritesTenThousandRowsFasterThanOneAtATime() {
        int n = 10_000;
        long[] batch = new long[2];
        long[] single = new long[2];
        long[] persist = new long[2];
        for (int run = 0; run < 2; run++) {
            String a = UUID.randomUUID().toString();
            String b = UUID.randomUUID().toString();
            String c = UUID.randomUUID().toString();
            List<TaskState> states = IntStream.range(0, n).mapToObj(i -> new TaskState(a, "t" + i, i, null)).toList();
            batch[run] = timed(() -> events.publishAll(states));
            single[run] = timed(() -> IntStream.range(0, n).forEach(i -> events.publish(new TaskState(b, "t" + i, i, null))));
            persist[run] = timed(() -> IntStream.range(0, n).forEach(i -> em.persist(entity(c, i))));
        }
        LOG.infof("Outbox writes of %d rows in one transaction (warm run): publishAll %d ms, publish() each %d ms,"
                + " em.persist each %d ms (first run %d / %d / %d ms)", n, batch[1], single[1], persist[1],
                batch[0], single[0], persist[0]);
        assertThat(batch[1]).isLessThan(persist[1]);
    }

    /** Times the writes in a transaction that is then rolled back, so the relay has nothing to publish. */
    private static long timed(Runnable work) {
        QuarkusTransaction.begin();
        try {
            long started = System.nanoTime();
            work.run();
            return millis(started, System.nanoTime());
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static OutboxMessage entity(String project, int i) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.randomUUID();
        message.topic = TOPIC;
        message.key = project + "/task/t" + i;
        message.partitionKey = project;
        message.type = "dev.gantry.test.task-state.v1";
        message.source = "/gantry/projects-service";
        message.subject = project;
        message.actor = "system";
        message.occurredAt = Instant.now();
        message.payload = "{\"projectId\":\"" + project + "\",\"taskId\":\"t" + i + "\",\"sequence\":" + i + "}";
        return message;
    }

    @Test
    void anEventOverTheSizeLimitIsRefusedAndNothingIsWritten() {
        String project = UUID.randomUUID().toString();
        List<TaskState> states = List.of(new TaskState(project, "small", 1, "fits"),
                new TaskState(project, "large", 2, "x".repeat(256 * 1024)));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> events.publishAll(states)))
                .isInstanceOf(EventTooLargeException.class)
                .hasMessageContaining("262144 bytes")
                .satisfies(e -> assertThat(((EventTooLargeException) e).type()).isEqualTo(ProblemType.EVENT_TOO_LARGE));
        assertThat(count("select count(*) from outbox where partition_key = ?", project)).isZero();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
