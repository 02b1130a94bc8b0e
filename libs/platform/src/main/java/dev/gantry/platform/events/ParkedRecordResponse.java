package dev.gantry.platform.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A parked outbox record as operators see it; the payload itself stays in the database. */
@Schema(name = "ParkedOutboxRecord", description = "An outbox record the broker refused for good. The later records of"
        + " its partition key wait behind it until it is retried")
public record ParkedRecordResponse(
        @Schema(description = "Outbox row id; retry with it", example = "18234") long id,
        @Schema(description = "CloudEvents id (ce_id) the record is sent with",
                example = "0b8a5d4e-3c1f-4f7e-9a0e-5a9c2f0d7b11") UUID eventId,
        @Schema(description = "CloudEvents type", example = "dev.gantry.project.created.v1") String type,
        @Schema(example = "gantry.projects.v1") String topic,
        @Schema(description = "Kafka record key", example = "8d0c6a1e-2b47-4c7a-9d55-61f0a3b9e2c4") String key,
        @Schema(description = "The key whose later records are held behind this one",
                example = "8d0c6a1e-2b47-4c7a-9d55-61f0a3b9e2c4") String partitionKey,
        @Schema(description = "When the change that produced it committed", example = "2026-11-25T09:30:00Z")
        Instant occurredAt,
        @Schema(example = "2026-11-25T09:30:01Z") Instant parkedAt,
        @Schema(description = "Why the broker (or the relay's size check) refused it",
                example = "RecordTooLargeException: The message is 300145 bytes when serialized which is larger than"
                        + " 262144, which is the value of the max.message.bytes configuration.") String reason,
        @Schema(description = "Failed sends so far", example = "1") int attempts,
        @Schema(description = "Payload size in bytes (0 for a tombstone, and for a payload the service keeps in a"
                + " table of its own: see payloadReference)", example = "300012") long payloadSize,
        @Schema(description = "Where the relay reads the payload when the service keeps it itself,"
                + " <source>:<reference>; absent when the outbox row holds it",
                example = "schedule-dates:8d0c6a1e-2b47-4c7a-9d55-61f0a3b9e2c4/17/42") String payloadReference) {

    static ParkedRecordResponse of(OutboxMessage row) {
        return new ParkedRecordResponse(row.id, row.eventId, row.type, row.topic, row.key,
                row.effectivePartitionKey(), row.occurredAt, row.parkedAt, row.parkReason, row.attempts,
                Utf8.length(row.payload), row.payloadRef);
    }
}
