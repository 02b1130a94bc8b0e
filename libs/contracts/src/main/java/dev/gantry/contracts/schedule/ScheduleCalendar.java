package dev.gantry.contracts.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A working-time calendar of a project, on the compacted schedules topic under the key
 * {@code <projectId>/calendar/<calendarId>} (a tombstone when it is deleted), in the project's partition: working
 * periods per weekday (a weekday that is absent inherits from {@code parentId}; an empty list is non-working) and
 * exceptions (non-working when they have no periods), as the scheduling engine reads them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "dev.gantry.project.schedule-calendar.v1", topic = Topics.PROJECT_SCHEDULES)
public record ScheduleCalendar(
        UUID projectId,
        UUID calendarId,
        long version,
        String name,
        UUID parentId,
        Map<DayOfWeek, List<Period>> weekDays,
        List<CalendarException> exceptions) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }

    @Override
    public String key() {
        return ScheduleKeys.calendar(projectId, calendarId);
    }

    @Override
    public String partitionKey() {
        return projectId.toString();
    }

    /** Working time from {@code from} to {@code to} (24:00 is written 00:00 as the end of a period). */
    public record Period(LocalTime from, LocalTime to) {
    }

    /** Days from {@code from} to {@code to} with other working time, optionally recurring. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CalendarException(String name, LocalDate from, LocalDate to, List<Period> periods, Recurrence recurrence) {
    }

    /** How an exception repeats (MS Project's recurring exceptions); unused fields are 0 or absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Recurrence(String frequency, int interval, Set<DayOfWeek> daysOfWeek, int dayOfMonth, int ordinal,
                             DayOfWeek dayOfWeek, Month month, int occurrences) {
    }
}
