package dev.gantry.reporting.audit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "AuditEntry", description = "One event about a project: what, who and when")
public record AuditEntryResponse(
        UUID eventId,
        @Schema(example = "dev.gantry.project.updated.v1") String type,
        @Schema(example = "/gantry/projects-service") String source,
        @Schema(description = "Subject of the user who caused it, or system") String actor,
        Instant occurredAt,
        Instant recordedAt) {
}
