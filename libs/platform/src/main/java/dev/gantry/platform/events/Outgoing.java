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
 * @param payload the event as JSON, {@code null} for a tombstone
 */
public record Outgoing(Class<? extends GantryEvent> type, String key, String partitionKey, String subject,
                       String payload) {

    public Outgoing {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(partitionKey, "partitionKey");
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
