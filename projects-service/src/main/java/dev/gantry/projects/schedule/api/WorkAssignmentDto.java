package dev.gantry.projects.schedule.api;

import dev.gantry.scheduling.model.WholeMinutes;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.scheduling.model.WorkContour;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "WorkAssignment", description = "A resource working on a resource-driven task of an imported plan: the"
        + " task lasts as long as its assignments take, each workMinutes × 100 / units on its resource's calendar,"
        + " stretched by its contour. Read-only, except for the contour (workContours on a task's PATCH).")
public record WorkAssignmentDto(
        @Schema(description = "The resource as the imported file named it (its UniqueID there)", example = "1")
        String resourceId,
        @Schema(description = "The resource's calendar, one of the project's calendars") UUID calendarId,
        @Schema(description = "Work within the calendar's hours, in minutes", example = "2400") long workMinutes,
        @Schema(description = "Percent of the resource's time", example = "100") double units,
        @Schema(description = "Work done, in minutes; absent when derived from the task's progress") Long actualWorkMinutes,
        @Schema(description = "Work left, in minutes; absent when derived from the task's progress")
        Long remainingWorkMinutes,
        @Schema(description = "How the work is spread over the assignment's span (MS Project's work contours): ten equal"
                + " slices at a percentage of the units each. Any shape but FLAT makes the assignment last longer than"
                + " work × 100 / units: TURTLE 1.43 times, FRONT_LOADED and BACK_LOADED 1.67 times, the others twice.",
                example = "TURTLE") WorkContour contour,
        @Schema(description = "Working time, in minutes of the resource's calendar, between the task's start and this"
                + " assignment's: MS Project's assignment Delay plus its Leveling Delay (levelling left this resource's"
                + " part of the task later). The task finishes with its last assignment, delay included.",
                example = "480") long delayMinutes) {

    static WorkAssignmentDto of(WorkAssignment a) {
        return new WorkAssignmentDto(a.resourceId(), UUID.fromString(a.calendarId()), Math.round(a.workMinutes()), a.units(),
                WholeMinutes.round(a.actualWorkMinutes()), WholeMinutes.round(a.remainingWorkMinutes()),
                a.contour(), a.delayMinutes());
    }
}
