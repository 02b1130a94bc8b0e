package dev.gantry.projects.schedule;

import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.WorkingPeriod;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A calendar as the planner defines it. */
public record CalendarInput(String name, UUID parentId, boolean projectDefault,
                            Map<DayOfWeek, List<WorkingPeriod>> weekDays, List<CalendarException> exceptions) {
}
