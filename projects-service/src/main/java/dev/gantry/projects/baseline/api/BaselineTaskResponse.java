package dev.gantry.projects.baseline.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

@Schema(name = "BaselineTask", description = "A task as baselined; a summary task's planned cost includes its subtasks'")
public record BaselineTaskResponse(
        UUID taskId,
        UUID parentId,
        @Schema(example = "Migrate interfaces") String name,
        @Schema(example = "1.2") String wbs,
        boolean summary,
        boolean milestone,
        @Schema(example = "2027-03-01T08:00:00") LocalDateTime start,
        @Schema(example = "2027-03-12T17:00:00") LocalDateTime finish,
        @Schema(example = "4800") long durationMinutes,
        @Schema(example = "12500.00") BigDecimal plannedCost) {
}
