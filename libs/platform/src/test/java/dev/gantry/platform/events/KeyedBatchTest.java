package dev.gantry.platform.events;

import dev.gantry.platform.fixture.FixtureDatabase;
import dev.gantry.platform.fixture.KeyedFixtureConsumer;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link EventInbox#consumeKeyedBatch}: handed a batch directly, and through a channel that takes a batch at a time
 * ({@link KeyedFixtureConsumer}) and the real broker. Of each key the last record wins, in one transaction; every
 * record is either applied or superseded; a record that cannot be applied is dead-lettered on its own while the rest
 * of its batch and partition applies.
 */
@QuarkusTest
@WithTestResource(value = GantryTestResources.class, scope = TestResourceScope.GLOBAL)
class KeyedBatchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "gantry.dlq.platform-test";

    @Inject
    MeterRegistry registry;
    @Inject
    EventInbox inbox;
    @Inject
    KeyedFixtureConsumer fixture;

    @Test
    void aBatchAppliesTheLastRecordOfEachKeyInOneTransactionAndFallsBackToOneAtATimeOnAFailure() {
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        String failing = "failing-" + UUID.randomUUID();
        double processedBefore = count("processed");
        double supersededBefore = count("superseded");

        inbox.consumeKeyedBatch(KeyedFixtureConsumer.CHANNEL, List.of(record(a, "a1", 1), record(b, "b1", 2),
                record(a, "a2", 3)), fixture::apply);
        assertThat(value(a)).isEqualTo("a2");
        assertThat(applications(a)).as("a1 superseded by a2 in the same batch").isEqualTo(1);
        assertThat(value(b)).isEqualTo("b1");
        assertThat(count("superseded") - supersededBefore).isEqualTo(1);
        assertThat(count("processed") - processedBefore).isEqualTo(2);

        // One record fails at every attempt: the batch rolls back, then its records are applied one at a time and
        // the failing one alone is dead-lettered.
        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            inbox.consumeKeyedBatch(KeyedFixtureConsumer.CHANNEL, List.of(record(a, "a3", 4),
                    record(failing, KeyedFixtureConsumer.FAILING, 5), record(b, "b2", 6)), fixture::apply);
            assertThat(value(a)).isEqualTo("a3");
            assertThat(applications(a)).as("a2, then a3 once: the batch's own attempt was rolled back").isEqualTo(2);
            assertThat(value(b)).isEqualTo("b2");
            assertThat(applications(b)).isEqualTo(2);
            assertThat(value(failing)).isNull();
            List<ConsumerRecord<String, String>> dead = kafka.awaitRecords(DEAD_LETTERS,
                    r -> failing.equals(r.key()) || a.equals(r.key()) || b.equals(r.key()), 1, WAIT);
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).key()).isEqualTo(failing);
            assertThat(header(dead.get(0), "dead-letter-reason")).isEqualTo("Giving up on record " + failing + " of "
                    + KeyedFixtureConsumer.TOPIC + "-0@5 after 3 attempts: Fixture failure at " + failing);
            assertThat(header(dead.get(0), "dead-letter-exception-class-name"))
                    .isEqualTo(EventRejectedException.class.getName());
            assertThat(header(dead.get(0), "dead-letter-offset")).isEqualTo("5");
        }
    }

    @Test
    void ofEachKeyTheLastRecordWinsAndEveryRecordIsAppliedOrSuperseded() {
        String key = "coalesced-" + UUID.randomUUID();
        double processedBefore = count("processed");
        double supersededBefore = count("superseded");
        int sent = 300;
        String last = "v" + sent;
        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            for (int i = 1; i <= sent; i++) {
                kafka.send(KeyedFixtureConsumer.TOPIC, key, "v" + i);
            }
            await().atMost(WAIT).until(() -> last.equals(FixtureDatabase.text("select value from fixture_keyed where record_key = ?", key)));
            await().atMost(WAIT).until(() -> count("processed") - processedBefore
                    + count("superseded") - supersededBefore == sent);
        }
        long applications = FixtureDatabase.count("select applications from fixture_keyed where record_key = ?", key);
        assertThat(applications).as("applied once per record that was the last of its key in its batch")
                .isEqualTo((long) (count("processed") - processedBefore));
        assertThat(applications + (long) (count("superseded") - supersededBefore)).isEqualTo(sent);
    }

    @Test
    void aRecordThatCannotBeAppliedIsDeadLetteredAloneAndTheRestOfItsPartitionApplies() {
        String good = "good-" + UUID.randomUUID();
        String bad = "bad-" + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            RecordMetadata poison = kafka.send(KeyedFixtureConsumer.TOPIC, bad, KeyedFixtureConsumer.POISON,
                    Map.of("ce_type", "fixture"));
            kafka.send(KeyedFixtureConsumer.TOPIC, poison.partition(), good, "before", Map.of());
            kafka.send(KeyedFixtureConsumer.TOPIC, poison.partition(), good, "after", Map.of());

            await().atMost(WAIT).until(() -> "after"
                    .equals(FixtureDatabase.text("select value from fixture_keyed where record_key = ?", good)));
            List<ConsumerRecord<String, String>> dead = kafka.awaitRecords(DEAD_LETTERS,
                    r -> bad.equals(r.key()) || good.equals(r.key()), 1, WAIT);
            assertThat(dead).hasSize(1);
            ConsumerRecord<String, String> letter = dead.get(0);
            assertThat(letter.key()).isEqualTo(bad);
            assertThat(letter.value()).isEqualTo(KeyedFixtureConsumer.POISON);
            assertThat(header(letter, "dead-letter-reason")).isEqualTo("Fixture poison at " + bad);
            assertThat(header(letter, "dead-letter-exception-class-name"))
                    .isEqualTo(PoisonEventException.class.getName());
            assertThat(header(letter, "dead-letter-topic")).isEqualTo(KeyedFixtureConsumer.TOPIC);
            assertThat(header(letter, "dead-letter-partition")).isEqualTo(String.valueOf(poison.partition()));
            assertThat(header(letter, "dead-letter-offset")).isEqualTo(String.valueOf(poison.offset()));
            assertThat(header(letter, "ce_type")).as("the record's own headers are kept").isEqualTo("fixture");
        }
        assertThat(FixtureDatabase.count("select count(*) from fixture_keyed where record_key = ?", bad)).isZero();
    }

    private static ConsumerRecord<String, String> record(String key, String value, long offset) {
        return new ConsumerRecord<>(KeyedFixtureConsumer.TOPIC, 0, offset, key, value);
    }

    private static String value(String key) {
        return FixtureDatabase.text("select value from fixture_keyed where record_key = ?", key);
    }

    private static long applications(String key) {
        return FixtureDatabase.count("select applications from fixture_keyed where record_key = ?", key);
    }

    private double count(String outcome) {
        Counter counter = registry.find("gantry.inbox.events")
                .tags("consumer", KeyedFixtureConsumer.CHANNEL, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
