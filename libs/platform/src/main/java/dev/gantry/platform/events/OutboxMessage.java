package dev.gantry.platform.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to be (or already) published. Written in the transaction that changes the state it describes
 * (by {@link EventPublisher}, with JDBC batches); the {@link OutboxRelay} publishes rows in id order per partition
 * key, and parks a row the broker refuses for good.
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** A random UUID drawn for this row; not indexed, since nothing looks a row up by it (ADR 0037). */
    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String key;

    /** Decides the partition and the order; {@code null} in rows written before it existed: the key then. */
    @Column(name = "partition_key")
    public String partitionKey;

    @Column(name = "event_type", nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    public String subject;

    @Column(nullable = false)
    public String actor;

    public String traceparent;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The JSON payload; {@code null} for a tombstone, and for a row whose payload {@link #payloadRef} names. */
    @Column(columnDefinition = "text")
    public String payload;

    /**
     * {@code <source>:<reference>} of a payload an {@link OutboxPayloadSource} keeps; {@code null} when the row holds
     * its payload. The relay fills {@link #payload} from the source before it sends the row.
     */
    @Column(name = "payload_ref")
    public String payloadRef;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Sends the broker refused for good, counted across retries by an operator. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "park_reason")
    public String parkReason;

    public String effectivePartitionKey() {
        return partitionKey != null ? partitionKey : key;
    }

    public boolean isTombstone() {
        return payload == null && payloadRef == null;
    }
}
