package dev.gantry.projects.schedule.api;

import dev.gantry.scheduling.model.WorkContour;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkContourChange", description = "A new contour for one of the task's work assignments, named by its"
        + " resource; the task is rescheduled with the assignment's new span.")
public record WorkContourChangeDto(
        @NotBlank @Schema(description = "resourceId of one of the task's workAssignments", example = "1") String resourceId,
        @NotNull @Schema(example = "BELL") WorkContour contour) {
}
