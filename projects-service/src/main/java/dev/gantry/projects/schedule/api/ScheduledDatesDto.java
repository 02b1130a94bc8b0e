package dev.gantry.projects.schedule.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

@Schema(name = "ScheduledDates", description = "Computed by the scheduling engine; project-local date-times,"
        + " slack in working minutes")
public record ScheduledDatesDto(
        LocalDateTime start, LocalDateTime finish, LocalDateTime earlyStart, LocalDateTime earlyFinish,
        LocalDateTime lateStart, LocalDateTime lateFinish, long totalSlackMinutes, long freeSlackMinutes,
        boolean critical) {
}
