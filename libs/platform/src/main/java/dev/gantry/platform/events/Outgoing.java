package dev.gantry.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.GantryEvent;

import java.util.Objects;

/**
 * One record to publish: an event, or a tombstone that deletes a key on a compacted topic. Lets
 * {@link EventPublisher#publishOutgoing(java.util.List)} write events and tombstones together, in order, in one
 * JDBC batch.
 *
 * @param payload    the event as JSON, {@code null} for a tombstone
 * @param payloadRef where the relay reads the payload when it publishes the record ({@code <source>:<reference>}, see
 *                   {@link OutboxPayloadSource}), or {@code null} when the outbox keeps a copy; with a reference,
 *                   {@code payload} is only checked against the size bound, not written
 */
public record Outgoing(Class<? extends GantryEvent> type, String key, String partitionKey, String subject,
                       String payload, String payloadRef) {

    public Outgoing {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(partitionKey, "partitionKey");
        if (payloadRef != null && payload == null) {
            throw new IllegalArgumentException("A record with a payload reference needs its payload for the size check");
        }
    }

    /** A record whose payload the outbox keeps. */
    public Outgoing(Class<? extends GantryEvent> type, String key, String partitionKey, String subject,
                    String payload) {
        this(type, key, partitionKey, subject, payload, null);
    }

    /**
     * A record whose payload the service stores itself, under {@code reference} of the {@link OutboxPayloadSource}
     * named {@code source}, until the relay has published it; {@code payload} is the same JSON, checked against the
     * size bound and not written to the outbox.
     */
    public static Outgoing stored(Class<? extends GantryEvent> type, String key, String partitionKey, String payload,
                                  String source, String reference) {
        return new Outgoing(type, key, partitionKey, partitionKey, Objects.requireNonNull(payload, "payload"),
                source + ":" + reference);
    }

    /** The event, with its {@link GantryEvent#key()}, {@link GantryEvent#partitionKey()} and subject. */
    public static Outgoing event(GantryEvent event) {
        return new Outgoing(event.getClass(), event.key(), event.partitionKey(), event.subject(), toJson(event));
    }

    /**
     * A record with no value for {@code key} on the topic of {@code type}: compaction then deletes the key. Its
     * subject is the partition key, the aggregate whose state it removes.
     */
    public static Outgoing tombstone(Class<? extends GantryEvent> type, String key, String partitionKey) {
        return new Outgoing(type, key, partitionKey, partitionKey, null);
    }

    public boolean isTombstone() {
        return payload == null;
    }

    private static String toJson(GantryEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
