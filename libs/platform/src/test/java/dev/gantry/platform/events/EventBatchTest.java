package dev.gantry.platform.events;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.Topics;
import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.fixture.FixtureDatabase;
import dev.gantry.platform.fixture.FlakyHandler;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static dev.gantry.platform.fixture.FlakyEvents.effects;
import static dev.gantry.platform.fixture.FlakyEvents.inboxRecords;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EventInbox#consumeBatch}, the way {@link ProjectEventsConsumer} takes a poll's events, handed batches
 * directly: one transaction for the batch, each event applied once, and a failing or unreadable event dealt with on
 * its own while the rest of its batch applies.
 */
@QuarkusTest
@WithTestResource(value = GantryTestResources.class, scope = TestResourceScope.GLOBAL)
class EventBatchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicLong OFFSETS = new AtomicLong(1_000_000);

    @Inject
    EventInbox inbox;
    @Inject
    FlakyHandler handler;
    @Inject
    GantryConfig config;
    @Inject
    MeterRegistry registry;

    @Test
    void aBatchIsAppliedInOneTransactionAndAnEventDeliveredTwiceInItOnce() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        double processedBefore = count("processed");
        double duplicatesBefore = count("duplicate");

        consume(List.of(event(first, 0), event(second, 0), event(first, 0)));

        assertThat(effects(first)).isEqualTo(1);
        assertThat(effects(second)).isEqualTo(1);
        assertThat(handler.calls(first)).as("the second delivery found the first's inbox row").isEqualTo(1);
        assertThat(inboxRecords(first) + inboxRecords(second)).isEqualTo(2);
        // now() is the transaction's start: one transaction gave both inbox rows the same time.
        assertThat(FixtureDatabase.count("select count(distinct processed_at) from inbox where event_id in (?, ?)",
                first, second)).isEqualTo(1);
        assertThat(count("processed") - processedBefore).isEqualTo(2);
        assertThat(count("duplicate") - duplicatesBefore).isEqualTo(1);
    }

    @Test
    void aFailingEventIsRetriedAndDeadLetteredAloneAndAnUnreadableOneIsDeadLetteredWhileTheRestOfTheBatchApplies() {
        UUID before = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        String unreadable = "unreadable-" + UUID.randomUUID();
        ConsumerRecord<String, String> poison = new ConsumerRecord<>(Topics.PROJECTS, 0,
                OFFSETS.incrementAndGet(), unreadable, "{}");
        ConsumerRecord<String, String> failingRecord = event(failing, FlakyHandler.ALWAYS);

        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            consume(List.of(event(before, 0), poison, failingRecord, event(after, 0)));

            assertThat(effects(before)).isEqualTo(1);
            assertThat(effects(after)).isEqualTo(1);
            assertThat(effects(failing)).isZero();
            assertThat(inboxRecords(failing)).as("a rejected event is not recorded as processed").isZero();
            assertThat(handler.calls(before)).as("in the batch, rolled back, then on its own").isEqualTo(2);
            assertThat(handler.calls(after)).as("the batch stopped before it; then on its own").isEqualTo(1);
            int attempts = config.consumer().maxAttempts();
            assertThat(handler.calls(failing)).as("the batch's attempt, then its own attempts")
                    .isEqualTo(attempts + 1);
            assertThat(FixtureDatabase.count(
                    "select count(distinct processed_at) from inbox where event_id in (?, ?)", before, after))
                    .as("applied one at a time, in transactions of their own").isEqualTo(2);

            String topic = Topics.deadLetter(config.serviceName());
            List<ConsumerRecord<String, String>> dead = kafka.awaitRecords(topic,
                    r -> unreadable.equals(r.key()) || failing.toString().equals(r.key()), 2, WAIT);
            assertThat(dead).hasSize(2);
            ConsumerRecord<String, String> unreadableLetter = dead.stream()
                    .filter(r -> unreadable.equals(r.key())).findFirst().orElseThrow();
            assertThat(header(unreadableLetter, "dead-letter-exception-class-name"))
                    .isEqualTo(PoisonEventException.class.getName());
            assertThat(header(unreadableLetter, "dead-letter-offset")).isEqualTo(String.valueOf(poison.offset()));
            ConsumerRecord<String, String> failedLetter = dead.stream()
                    .filter(r -> failing.toString().equals(r.key())).findFirst().orElseThrow();
            assertThat(header(failedLetter, "dead-letter-exception-class-name"))
                    .isEqualTo(EventRejectedException.class.getName());
            assertThat(header(failedLetter, "dead-letter-reason")).isEqualTo("Giving up on " + FlakyHandler.TYPE
                    + " " + failing + " (" + Topics.PROJECTS + "-0@" + failingRecord.offset() + ") after " + attempts
                    + " attempts: Fixture failure at call " + (attempts + 1));
            assertThat(header(failedLetter, CloudEventHeaders.ID)).as("the record's own headers are kept")
                    .isEqualTo(failing.toString());
        }
    }

    private void consume(List<ConsumerRecord<String, String>> batch) {
        inbox.consumeBatch(ProjectEventsConsumer.CHANNEL, batch, FlakyHandler.TYPE::equals, handler::handle);
    }

    /** One of {@link FlakyHandler}'s events as a poll would return it, keyed by its id. */
    private static ConsumerRecord<String, String> event(UUID id, int failures) {
        RecordHeaders headers = new RecordHeaders();
        Map.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, id.toString(),
                CloudEventHeaders.TYPE, FlakyHandler.TYPE,
                CloudEventHeaders.SOURCE, "/gantry/test",
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.SUBJECT, id.toString(),
                CloudEventHeaders.DATA_CONTENT_TYPE, CloudEventHeaders.JSON)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(Topics.PROJECTS, 0, OFFSETS.incrementAndGet(), System.currentTimeMillis(),
                TimestampType.CREATE_TIME, -1, -1, id.toString(), FlakyHandler.data(failures), headers,
                Optional.empty());
    }

    private double count(String outcome) {
        Counter counter = registry.find("gantry.inbox.events").tags("consumer", ProjectEventsConsumer.CHANNEL,
                "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
