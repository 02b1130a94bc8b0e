package dev.gantry.projects.schedule.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

@Schema(name = "UpdateTaskRequest", description = "JSON merge patch: only the fields present change; null clears"
        + " parentId (to the top level), constraint (to as soon as possible), deadline, calendarId (to the project"
        + " calendar) progress and plannedCost")
public record UpdateTaskRequest(
        @Size(min = 1, max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        UUID parentId,
        @PositiveOrZero @Max(TaskRequest.MAX_DURATION) Long durationMinutes,
        Boolean milestone,
        Boolean manual,
        LocalDateTime manualStart,
        LocalDateTime manualFinish,
        @Valid ConstraintDto constraint,
        LocalDateTime deadline,
        UUID calendarId,
        @Valid ProgressDto progress,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        @Schema(description = "Planned cost in the project's budget currency; null clears it", example = "12500.00")
        BigDecimal plannedCost) {
}
