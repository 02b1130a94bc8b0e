package dev.gantry.projects.schedule.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

@Schema(name = "TaskRequest", description = "A task of the WBS. Durations are working minutes on the task's calendar"
        + " (480 = one 8-hour day).")
public record TaskRequest(
        @NotBlank @Size(max = 500) @Schema(example = "Migrate interfaces") String name,
        @Schema(description = "Summary task this task belongs to; absent for the top level") UUID parentId,
        @PositiveOrZero @Max(MAX_DURATION) @Schema(example = "2400") Long durationMinutes,
        @Schema(description = "A milestone (usually with zero duration)") Boolean milestone,
        @Schema(description = "Manually scheduled: kept at manualStart–manualFinish") Boolean manual,
        LocalDateTime manualStart,
        LocalDateTime manualFinish,
        @Valid ConstraintDto constraint,
        @Schema(description = "Limits the late finish (negative slack when missed), not the early dates") LocalDateTime deadline,
        @Schema(description = "The task's calendar; absent for the project calendar") UUID calendarId,
        @Valid ProgressDto progress,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        @Schema(description = "Planned cost in the project's budget currency (at most 2 decimals)", example = "12500.00")
        BigDecimal plannedCost,
        @Valid LevelingDelayDto levelingDelay) {

    /** About 100 years of working time. */
    static final long MAX_DURATION = 25_000_000L;
}
