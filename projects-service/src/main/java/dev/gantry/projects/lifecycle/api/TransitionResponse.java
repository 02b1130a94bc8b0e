package dev.gantry.projects.lifecycle.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Transition", description = "A lifecycle move that happened")
public record TransitionResponse(
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        @Schema(example = "INITIATING") String from,
        @Schema(example = "PLANNING") String to,
        @Schema(example = "Charter approved by the steering committee") String reason,
        @Schema(description = "The project's new version; also its new ETag", example = "3") long version,
        Instant changedAt) {
}
