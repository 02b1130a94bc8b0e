package dev.gantry.projects.schedule.domain;

import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.WorkingPeriod;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * A calendar's working time, in the engine's own records: periods per weekday (a weekday that is absent is inherited
 * from the parent calendar) and exceptions.
 */
public record CalendarDefinition(Map<DayOfWeek, List<WorkingPeriod>> weekDays, List<CalendarException> exceptions) {

    public CalendarDefinition {
        weekDays = weekDays == null ? Map.of() : weekDays;
        exceptions = exceptions == null ? List.of() : exceptions;
    }
}
