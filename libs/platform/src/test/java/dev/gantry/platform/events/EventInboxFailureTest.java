package dev.gantry.platform.events;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.Topics;
import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.fixture.FlakyHandler;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.gantry.platform.fixture.FlakyEvents.deadLetters;
import static dev.gantry.platform.fixture.FlakyEvents.effects;
import static dev.gantry.platform.fixture.FlakyEvents.inboxRecords;
import static dev.gantry.platform.fixture.FlakyEvents.send;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What {@link EventInbox} does with a handler that fails (ADR 0002), through the platform's consumer of project events
 * and the real broker: retried a bounded number of times, applied once, dead-lettered once when it never succeeds.
 */
@QuarkusTest
@WithTestResource(value = GantryTestResources.class, scope = TestResourceScope.GLOBAL)
class EventInboxFailureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    FlakyHandler handler;
    @Inject
    GantryConfig config;
    @Inject
    MeterRegistry registry;

    @Test
    void aHandlerThatFailsTwiceThenSucceedsIsAppliedOnceAndRecordedOnce() {
        UUID id = UUID.randomUUID();
        long lagsBefore = lags();
        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            send(kafka, id, "retried-" + id, 2);

            await().atMost(WAIT).until(() -> effects(id) == 1);
            // The event lag of the applied event: once, whatever the failed attempts before it.
            await().atMost(WAIT).until(() -> lags() == lagsBefore + 1);
            // The batch's attempt fails, the event is applied again on its own: it fails once more, then succeeds.
            assertThat(handler.calls(id)).as("two failed calls, then the one that succeeded").isEqualTo(3);
            assertThat(effects(id)).isEqualTo(1);
            assertThat(inboxRecords(id)).isEqualTo(1);
            assertThat(deadLetters(kafka, deadLetterTopic(), id)).isEmpty();
        }
    }

    private long lags() {
        Timer lag = registry.find("gantry.events.lag").tags("topic", Topics.PROJECTS, "consumer",
                ProjectEventsConsumer.CHANNEL).timer();
        return lag == null ? 0 : lag.count();
    }

    @Test
    void anEventWhoseHandlerAlwaysFailsIsDeadLetteredOnceAndTheLaterEventsOfItsPartitionStillApply() {
        String key = "poisoned-" + UUID.randomUUID();
        UUID poison = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            RecordMetadata poisonSent = send(kafka, poison, key, FlakyHandler.ALWAYS);
            RecordMetadata nextSent = send(kafka, next, key, 0);
            assertThat(nextSent.partition()).as("same key, same partition").isEqualTo(poisonSent.partition());

            // The partition moved on past the poison event.
            await().atMost(WAIT).until(() -> effects(next) == 1);
            kafka.awaitRecords(deadLetterTopic(), r -> poison.toString().equals(header(r, CloudEventHeaders.ID)), 1,
                    WAIT);

            List<ConsumerRecord<String, String>> deadLetters = deadLetters(kafka, deadLetterTopic(), poison);
            assertThat(deadLetters).hasSize(1);
            ConsumerRecord<String, String> deadLetter = deadLetters.get(0);
            // The batch it came in failed with it (one call), then it was tried on its own max-attempts times.
            int attempts = config.consumer().maxAttempts();
            assertThat(header(deadLetter, "dead-letter-reason")).isEqualTo("Giving up on " + FlakyHandler.TYPE + " "
                    + poison + " (" + Topics.PROJECTS + "-" + poisonSent.partition() + "@" + poisonSent.offset()
                    + ") after " + attempts + " attempts: Fixture failure at call " + (attempts + 1));
            assertThat(header(deadLetter, "dead-letter-topic")).isEqualTo(Topics.PROJECTS);
            assertThat(header(deadLetter, "dead-letter-partition")).isEqualTo(String.valueOf(poisonSent.partition()));
            assertThat(header(deadLetter, "dead-letter-offset")).isEqualTo(String.valueOf(poisonSent.offset()));
            assertThat(deadLetter.key()).isEqualTo(key);
            assertThat(deadLetter.value()).isEqualTo(FlakyHandler.data(FlakyHandler.ALWAYS));

            assertThat(handler.calls(poison)).isEqualTo(attempts + 1);
            assertThat(effects(poison)).isZero();
            assertThat(inboxRecords(poison)).as("a rejected event is not recorded as processed").isZero();
            assertThat(handler.calls(next)).isEqualTo(1);
            assertThat(inboxRecords(next)).isEqualTo(1);
            assertThat(deadLetters(kafka, deadLetterTopic(), next)).isEmpty();
        }
    }

    private String deadLetterTopic() {
        return Topics.deadLetter(config.serviceName());
    }
}
