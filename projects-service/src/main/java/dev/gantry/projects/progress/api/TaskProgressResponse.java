package dev.gantry.projects.progress.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

@Schema(name = "TaskProgress", description = "A task's progress after the report, with its recomputed dates")
public record TaskProgressResponse(
        UUID taskId,
        String name,
        @Schema(description = "The task's new version (its ETag)", example = "4") long version,
        @Schema(example = "40") BigDecimal percentComplete,
        @Schema(example = "2027-03-01T08:00:00") LocalDateTime actualStart,
        LocalDateTime actualFinish,
        Long remainingMinutes,
        @Schema(example = "2027-03-01T08:00:00") LocalDateTime start,
        @Schema(example = "2027-03-12T17:00:00") LocalDateTime finish) {
}
