package dev.gantry.projects.schedule.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Schedule", description = "The computed schedule (critical path method, as MS Project computes it);"
        + " date-times are project-local, slack in working minutes")
public record ScheduleResponse(UUID projectId, LocalDateTime start, LocalDateTime finish, Instant calculatedAt,
                               @Schema(description = "The schedule version: advances with every recomputation; the"
                                       + " version of the schedule on the gantry.projects.schedules.v3 topic",
                                       example = "42") long scheduleVersion,
                               List<Task> tasks) {

    @Schema(name = "ScheduledTask")
    public record Task(UUID id, Integer externalId, String name, String wbs, int outlineLevel, boolean summary,
                       boolean milestone, LocalDateTime start, LocalDateTime finish, LocalDateTime earlyStart,
                       LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish,
                       long totalSlackMinutes, long freeSlackMinutes, boolean critical) {
    }
}
