package dev.gantry.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.GantryEvent;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes contract events to the real broker exactly as a Gantry service's outbox relay does (CloudEvents binary
 * mode, keyed by subject), so that a consumer can be tested without the producing service.
 */
public final class TestEvents {

    public static final String TEST_SOURCE = "/gantry/test";

    private TestEvents() {
    }

    /** Sends the event with a new id; returns the id. */
    public static UUID send(KafkaTestClient kafka, GantryEvent event) {
        UUID id = UUID.randomUUID();
        send(kafka, event, id);
        return id;
    }

    /**
     * Sends the event with the given id (send twice with one id to simulate a redelivery); returns where the broker
     * put it, for {@link KafkaTestClient#awaitCommitted}.
     */
    public static RecordMetadata send(KafkaTestClient kafka, GantryEvent event, UUID id) {
        return kafka.send(GantryEvent.topicOf(event.getClass()), event.subject(), json(event),
                headers(event, id, "test-user"));
    }

    public static Map<String, String> headers(GantryEvent event, UUID id, String actor) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, id.toString());
        headers.put(CloudEventHeaders.TYPE, GantryEvent.typeOf(event.getClass()));
        headers.put(CloudEventHeaders.SOURCE, TEST_SOURCE);
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.SUBJECT, event.subject());
        headers.put(CloudEventHeaders.DATA_CONTENT_TYPE, CloudEventHeaders.JSON);
        headers.put(CloudEventHeaders.ACTOR, actor);
        return headers;
    }

    public static String json(GantryEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
