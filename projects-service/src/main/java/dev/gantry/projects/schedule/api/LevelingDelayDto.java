package dev.gantry.projects.schedule.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LevelingDelay", description = "A levelling delay, as MS Project's resource levelling leaves it in a"
        + " plan: the task starts this much later than its links and constraints allow, and its late dates are taken"
        + " back by as much (it does not eat the slack of the tasks before it). Imported plans carry it; 0 minutes"
        + " removes it. Like MS Project, the engine applies it to auto-scheduled subtasks only: it is kept, but"
        + " has no effect, on a summary task or a manually scheduled one.")
public record LevelingDelayDto(
        @NotNull @PositiveOrZero @Max(TaskRequest.MAX_DURATION)
        @Schema(description = "Length of the delay in minutes", example = "2880") Long minutes,
        @Schema(description = "true (the default, MS Project's \"edays\"): the minutes run in calendar time, nights"
                + " and weekends included; false: working minutes on the task's calendar", defaultValue = "true")
        Boolean elapsed) {
}
