package dev.gantry.contracts.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The commit marker of one schedule version of a project, on the compacted schedules topic (key = project id). It is
 * written after every task, link and calendar record of its version, so a consumer that has read it has read the
 * whole version: the project's complete network is the latest record of every key under the project whose version
 * is at most {@code version}, and there are exactly {@code taskCount} tasks, {@code linkCount} links and
 * {@code calendarCount} calendars. {@link ScheduleAssembler} applies that rule.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "dev.gantry.project.schedule-version.v1", topic = Topics.PROJECT_SCHEDULES)
public record ScheduleVersion(
        UUID projectId,
        long version,
        LocalDateTime start,
        LocalDateTime finish,
        UUID defaultCalendarId,
        LocalDateTime statusDate,
        Instant calculatedAt,
        int taskCount,
        int linkCount,
        int calendarCount,
        int changedRecords,
        int removedRecords) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
