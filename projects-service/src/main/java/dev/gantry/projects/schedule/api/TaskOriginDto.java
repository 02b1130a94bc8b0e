package dev.gantry.projects.schedule.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "TaskOrigin", description = "The meeting action item a task was created from")
public record TaskOriginDto(
        @Schema(example = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b") UUID actionItemId,
        @Schema(example = "8d3c2b1a-0f9e-4d8c-b7a6-5e4f3a2b1c0d") UUID meetingId) {
}
