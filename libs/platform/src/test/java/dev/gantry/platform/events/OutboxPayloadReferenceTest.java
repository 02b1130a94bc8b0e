package dev.gantry.platform.events;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.platform.fixture.FixtureDatabase;
import dev.gantry.platform.fixture.FixtureEvent;
import dev.gantry.platform.fixture.FixturePayloads;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rows that name their payload instead of holding it ({@link Outgoing#stored}): the relay reads the payload from its
 * source when it publishes the row, in the key's order, and tells the source once the broker has it; a payload the
 * source no longer has is not sent; a reference to a source the service does not have is parked.
 */
@QuarkusTest
@WithTestResource(value = GantryTestResources.class, scope = TestResourceScope.GLOBAL)
class OutboxPayloadReferenceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventPublisher events;
    @Inject
    FixturePayloads payloads;
    @Inject
    MeterRegistry registry;

    @Test
    void aNamedPayloadIsReadFromItsSourceAndPublishedInItsKeysOrder() {
        GantryTestResources.kafka().createTopic(FixtureEvent.TOPIC, 3, false);
        String key = "named-" + UUID.randomUUID();
        String reference = UUID.randomUUID().toString();
        String payload = Outgoing.event(new FixtureEvent(key, 1, "kept by the service")).payload();
        payloads.keep(reference, payload);

        List<UUID> ids = publish(List.of(
                Outgoing.stored(FixtureEvent.class, key, key, payload, FixturePayloads.NAME, reference),
                Outgoing.event(FixtureEvent.of(key, 2))));

        assertThat(FixtureDatabase.text("select coalesce(payload, '(none)') || ' ' || payload_ref from outbox"
                + " where event_id = ?", ids.get(0))).isEqualTo("(none) fixture:" + reference);
        await().atMost(WAIT).until(() -> isPublished(ids.get(1)));
        List<ConsumerRecord<String, String>> records = recordsOf(key);
        assertThat(records).extracting(r -> header(r, CloudEventHeaders.ID))
                .containsExactly(ids.get(0).toString(), ids.get(1).toString());
        assertThat(records.get(0).value()).isEqualTo(payload);
        assertThat(header(records.get(0), CloudEventHeaders.DATA_CONTENT_TYPE)).isEqualTo(CloudEventHeaders.JSON);
        assertThat(payloads.published()).contains(reference);
        // The relay read the payload for the send only: the outbox row still names it and holds no copy.
        assertThat(FixtureDatabase.text("select coalesce(payload, '(none)') from outbox where event_id = ?",
                ids.get(0))).isEqualTo("(none)");
    }

    @Test
    void aPayloadItsSourceNoLongerHasIsNotSentAndHoldsNothingBack() {
        GantryTestResources.kafka().createTopic(FixtureEvent.TOPIC, 3, false);
        String key = "superseded-" + UUID.randomUUID();
        String payload = Outgoing.event(FixtureEvent.of(key, 1)).payload();
        await().atMost(WAIT).until(() -> FixtureDatabase.count(
                "select count(*) from outbox where published_at is null and parked_at is null") == 0);
        double publishedBefore = registry.get("gantry.outbox.published").counter().count();

        List<UUID> ids = publish(List.of(
                Outgoing.stored(FixtureEvent.class, key, key, payload, FixturePayloads.NAME, "let-go"),
                Outgoing.event(FixtureEvent.of(key, 2))));

        await().atMost(WAIT).until(() -> isPublished(ids.get(0)) && isPublished(ids.get(1)));
        assertThat(recordsOf(key)).extracting(r -> header(r, CloudEventHeaders.ID))
                .containsExactly(ids.get(1).toString());
        // Marked published, but not counted as a record sent.
        assertThat(registry.get("gantry.outbox.published").counter().count()).isEqualTo(publishedBefore + 1);
    }

    @Test
    void aReferenceToAnUnknownSourceIsParkedWithItsReason() {
        GantryTestResources.kafka().createTopic(FixtureEvent.TOPIC, 3, false);
        String key = "unknown-source-" + UUID.randomUUID();
        String payload = Outgoing.event(FixtureEvent.of(key, 1)).payload();
        UUID id = publish(List.of(Outgoing.stored(FixtureEvent.class, key, key, payload, "nowhere", "x"))).get(0);
        try {
            await().atMost(WAIT).until(() -> FixtureDatabase.count(
                    "select count(*) from outbox where event_id = ? and parked_at is not null", id) == 1);
            assertThat(FixtureDatabase.text("select park_reason from outbox where event_id = ?", id))
                    .contains("No outbox payload source for the row's payload reference nowhere:x");
        } finally {
            // Other tests count the parked rows.
            FixtureDatabase.update("delete from outbox where event_id = ?", id);
        }
    }

    private List<UUID> publish(List<Outgoing> records) {
        return QuarkusTransaction.requiringNew().call(() -> events.publishOutgoing(records));
    }

    private static List<ConsumerRecord<String, String>> recordsOf(String key) {
        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            return kafka.readAll(FixtureEvent.TOPIC).stream().filter(r -> key.equals(r.key())).toList();
        }
    }

    private static boolean isPublished(UUID eventId) {
        return FixtureDatabase.count("select count(*) from outbox where event_id = ? and published_at is not null",
                eventId) == 1;
    }
}
