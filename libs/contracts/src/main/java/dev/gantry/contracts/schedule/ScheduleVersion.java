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
 * written after every task, link, calendar and dates record of its version, so a consumer that has read it has read
 * the whole version: the project's complete network and computed schedule are the latest record of every key under
 * the project, every one of them of a version at most {@code version}, and there are exactly {@code taskCount} tasks,
 * {@code linkCount} links, {@code calendarCount} calendars and {@code dateSegments} {@link ScheduleDates} segments
 * (numbered from 0) holding the computed values of every task once. {@link ScheduleAssembler} applies that rule.
 * {@code changedRecords} and {@code removedRecords} count the records and tombstones this version wrote.
 * {@code start} and {@code finish} are the computed span of the tasks; {@code planStart} is where the engine starts
 * scheduling (the project's start date at its first working time), and {@code moveRemainingWork} (present only when
 * true) says remaining work of tasks in progress moves after the status date, and {@code splitInProgressTasks}
 * (present only when true, MS Project's "Split in-progress tasks") that a started task's remaining work does not resume
 * before its unfinished predecessors allow: with them and the network, a consumer schedules the project as
 * projects-service does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "dev.gantry.project.schedule-version.v2", topic = Topics.PROJECT_SCHEDULES)
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
        int dateSegments,
        int changedRecords,
        int removedRecords,
        LocalDateTime planStart,
        Boolean moveRemainingWork,
        Boolean splitInProgressTasks) implements GantryEvent {

    /** A version of a plan whose in-progress tasks do not split (as every version was before the field existed). */
    public ScheduleVersion(UUID projectId, long version, LocalDateTime start, LocalDateTime finish, UUID defaultCalendarId,
                           LocalDateTime statusDate, Instant calculatedAt, int taskCount, int linkCount, int calendarCount,
                           int dateSegments, int changedRecords, int removedRecords, LocalDateTime planStart,
                           Boolean moveRemainingWork) {
        this(projectId, version, start, finish, defaultCalendarId, statusDate, calculatedAt, taskCount, linkCount,
                calendarCount, dateSegments, changedRecords, removedRecords, planStart, moveRemainingWork, null);
    }

    @Override
    public String subject() {
        return projectId.toString();
    }
}
