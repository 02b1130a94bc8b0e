package dev.gantry.platform.events;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.platform.fixture.FixtureDatabase;
import dev.gantry.platform.fixture.FixtureEvent;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaBroker;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.gantry.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A record the broker refuses for good (ADR 0012), for real: larger than its topic's {@code max.message.bytes}. It is
 * parked, its key's next record waits behind it and never overtakes it, other keys keep flowing, and after the
 * operator's fix and retry the key arrives in order.
 */
@QuarkusTest
@WithTestResource(value = GantryTestResources.class, scope = TestResourceScope.GLOBAL)
class OutboxParkingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int TOPIC_LIMIT = 8_192;
    private static final String PARKED = "/api/platform-test/admin/outbox/parked";

    @Inject
    EventPublisher events;

    @Test
    void aRecordTheTopicRefusesHoldsBackOnlyItsKeyAndAfterTheRetryItsKeyArrivesInOrder() throws Exception {
        KafkaBroker broker = GantryTestResources.kafka();
        broker.createTopic(FixtureEvent.TOPIC, 3, false);
        String heldKey = "held-" + UUID.randomUUID();
        String otherKey = "other-" + UUID.randomUUID();
        String admin = TestTokens.bearer("operator", "admin");
        UUID tooLarge;
        UUID heldBehind;
        UUID otherKeys;
        setMaxMessageBytes(broker, String.valueOf(TOPIC_LIMIT));
        try {
            // Within the outbox's own limit (256K), over the topic's: only the broker can refuse it.
            tooLarge = publish(List.of(new FixtureEvent(heldKey, 1, "x".repeat(3 * TOPIC_LIMIT)))).get(0);
            await().atMost(WAIT).until(() -> isParked(tooLarge));

            List<UUID> later = publish(List.of(FixtureEvent.of(heldKey, 2), FixtureEvent.of(otherKey, 1)));
            heldBehind = later.get(0);
            otherKeys = later.get(1);
            // Both committed together, so the relay batch that published the other key's record saw the held one.
            await().atMost(WAIT).until(() -> isPublished(otherKeys));
            assertThat(state(heldBehind)).isEqualTo("pending");
            try (KafkaTestClient kafka = new KafkaTestClient(broker)) {
                assertThat(kafka.readAll(FixtureEvent.TOPIC)).noneMatch(record -> heldKey.equals(record.key()));
            }

            given().header("Authorization", admin).get(PARKED)
                    .then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].id", equalTo((int) outboxId(tooLarge)))
                    .body("items[0].eventId", equalTo(tooLarge.toString()))
                    .body("items[0].partitionKey", equalTo(heldKey))
                    .body("items[0].attempts", equalTo(1))
                    .body("items[0].reason", startsWith("RecordTooLargeException: "));
        } finally {
            setMaxMessageBytes(broker, null);
        }

        given().header("Authorization", admin).post(PARKED + "/{id}/retry", outboxId(tooLarge))
                .then().statusCode(202);
        await().atMost(WAIT).until(() -> isPublished(heldBehind));

        try (KafkaTestClient kafka = new KafkaTestClient(broker)) {
            assertThat(eventIdsOf(kafka, heldKey)).containsExactly(tooLarge.toString(), heldBehind.toString());
            assertThat(eventIdsOf(kafka, otherKey)).containsExactly(otherKeys.toString());
        }
        assertThat(state(tooLarge)).isEqualTo("published");
    }

    private List<UUID> publish(List<FixtureEvent> batch) {
        return QuarkusTransaction.requiringNew().call(() -> events.publishAll(batch));
    }

    private static List<String> eventIdsOf(KafkaTestClient kafka, String key) {
        return kafka.readAll(FixtureEvent.TOPIC).stream()
                .filter(record -> key.equals(record.key()))
                .map(record -> header(record, CloudEventHeaders.ID))
                .toList();
    }

    private static boolean isParked(UUID eventId) {
        return state(eventId).equals("parked");
    }

    private static boolean isPublished(UUID eventId) {
        return state(eventId).equals("published");
    }

    private static String state(UUID eventId) {
        long published = FixtureDatabase.count(
                "select count(*) from outbox where event_id = ? and published_at is not null", eventId);
        long parked = FixtureDatabase.count(
                "select count(*) from outbox where event_id = ? and published_at is null and parked_at is not null",
                eventId);
        return published == 1 ? "published" : parked == 1 ? "parked" : "pending";
    }

    private static long outboxId(UUID eventId) {
        return FixtureDatabase.count("select id from outbox where event_id = ?", eventId);
    }

    /** Sets (or, with {@code null}, removes) the topic's limit, and waits until the broker applies it. */
    private static void setMaxMessageBytes(KafkaBroker broker, String value) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, FixtureEvent.TOPIC);
        ConfigEntry entry = new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, value);
        AlterConfigOp change = new AlterConfigOp(entry, value == null ? AlterConfigOp.OpType.DELETE
                : AlterConfigOp.OpType.SET);
        try (Admin admin = broker.admin()) {
            admin.incrementalAlterConfigs(Map.of(topic, List.of(change))).all().get(30, TimeUnit.SECONDS);
            await().atMost(WAIT).until(() -> {
                ConfigEntry applied = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS)
                        .get(topic).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
                return value == null ? applied.source() != ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
                        : value.equals(applied.value());
            });
        }
    }
}
