package dev.gantry.projects.schedule.api;

import dev.gantry.scheduling.model.ConstraintType;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

@Schema(name = "Constraint", description = "MS Project's date constraints; all but AS_SOON_AS_POSSIBLE and"
        + " AS_LATE_AS_POSSIBLE need a date")
public record ConstraintDto(
        @NotNull @Schema(example = "START_NO_EARLIER_THAN") ConstraintType type,
        @Schema(example = "2027-02-01T08:00:00") LocalDateTime date) {
}
