package dev.gantry.projects.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ConvertToTaskRequest", description = "Where the new task goes in the WBS and how long it takes")
public record ConvertToTaskRequest(
        @Schema(description = "Summary task the new task belongs to; absent for the top level") UUID parentId,
        @PositiveOrZero @Max(25_000_000L) @Schema(description = "Working minutes; default 480 (one day)",
                example = "960") Long durationMinutes) {
}
