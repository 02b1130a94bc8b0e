package dev.gantry.projects.schedule.api;

import dev.gantry.platform.patch.Patch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "UpdateTaskRequest", description = "JSON merge patch: absent members stay as they are; null clears"
        + " parentId (to the top level), manualStart, manualFinish, constraint (to as soon as possible), deadline,"
        + " calendarId (to the project calendar), progress, plannedCost and levelingDelay. name, durationMinutes, milestone and"
        + " manual cannot be cleared, nor workContours.")
public record UpdateTaskRequest(
        @NotNull(message = Patch.NOT_CLEARABLE) @Size(min = 1, max = 500)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Schema(implementation = String.class, example = "Migrate customer data") Patch<String> name,
        @Schema(implementation = UUID.class, nullable = true) Patch<UUID> parentId,
        @NotNull(message = Patch.NOT_CLEARABLE) @PositiveOrZero @Max(TaskRequest.MAX_DURATION)
        @Schema(implementation = Long.class, example = "2400") Patch<Long> durationMinutes,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = Boolean.class) Patch<Boolean> milestone,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = Boolean.class) Patch<Boolean> manual,
        @Schema(implementation = LocalDateTime.class, nullable = true) Patch<LocalDateTime> manualStart,
        @Schema(implementation = LocalDateTime.class, nullable = true) Patch<LocalDateTime> manualFinish,
        @Valid @Schema(implementation = ConstraintDto.class, nullable = true) Patch<ConstraintDto> constraint,
        @Schema(implementation = LocalDateTime.class, nullable = true) Patch<LocalDateTime> deadline,
        @Schema(implementation = UUID.class, nullable = true) Patch<UUID> calendarId,
        @Valid @Schema(implementation = ProgressDto.class, nullable = true) Patch<ProgressDto> progress,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        @Schema(implementation = BigDecimal.class, nullable = true,
                description = "Planned cost in the project's budget currency; null clears it", example = "12500.00")
        Patch<BigDecimal> plannedCost,
        @Valid @Schema(implementation = LevelingDelayDto.class, nullable = true) Patch<LevelingDelayDto> levelingDelay,
        @NotNull(message = Patch.NOT_CLEARABLE) @Size(min = 1, max = 100)
        @Schema(type = SchemaType.ARRAY, implementation = WorkContourChangeDto.class, description = "New contours for"
                + " some of the task's workAssignments, each named by its resourceId; the others keep theirs")
        Patch<List<@Valid @NotNull WorkContourChangeDto>> workContours) {
}
