package dev.gantry.projects.stakeholder.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Stakeholder", description = "An entry of the project's stakeholder register")
public record StakeholderResponse(
        @Schema(example = "c3a1e2d4-5f60-4b7a-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        @Schema(example = "PERSON") String kind,
        @Schema(example = "Priya Raman") String name,
        @Schema(example = "Finance") String organisation,
        @Schema(example = "Head of controlling") String role,
        @Schema(example = "priya.raman@example.com") String email,
        @Schema(example = "+44 20 7946 0958") String phone,
        @Schema(example = "5") int interest,
        @Schema(example = "4") int influence,
        @Schema(description = "Derived from influence and interest (3 or more counts as high): MANAGE_CLOSELY,"
                + " KEEP_SATISFIED, KEEP_INFORMED or MONITOR", example = "MANAGE_CLOSELY") String quadrant,
        @Schema(example = "NEUTRAL") String currentEngagement,
        @Schema(example = "SUPPORTIVE") String desiredEngagement,
        CommunicationPlanDto communication,
        @Schema(description = "Current version; also the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {
}
