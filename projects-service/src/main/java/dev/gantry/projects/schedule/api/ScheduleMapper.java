package dev.gantry.projects.schedule.api;

import dev.gantry.platform.patch.Patch;
import dev.gantry.projects.schedule.CalendarInput;
import dev.gantry.projects.schedule.ScheduleView;
import dev.gantry.projects.schedule.TaskInput;
import dev.gantry.projects.schedule.domain.CalendarDefinition;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.projects.schedule.domain.TaskView;
import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.Recurrence;
import dev.gantry.scheduling.calendar.WorkingPeriod;
import dev.gantry.scheduling.model.Lag;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Maps between the scheduling API's records and the domain. */
public final class ScheduleMapper {

    private ScheduleMapper() {
    }

    static TaskInput toInput(TaskRequest r) {
        Set<String> present = new HashSet<>(Set.of("name"));
        if (r.parentId() != null) present.add("parentId");
        if (r.durationMinutes() != null) present.add("durationMinutes");
        if (r.milestone() != null) present.add("milestone");
        if (r.manual() != null) present.add("manual");
        if (r.manualStart() != null) present.add("manualStart");
        if (r.manualFinish() != null) present.add("manualFinish");
        if (r.constraint() != null) present.add("constraint");
        if (r.deadline() != null) present.add("deadline");
        if (r.calendarId() != null) present.add("calendarId");
        if (r.progress() != null) present.add("progress");
        if (r.plannedCost() != null) present.add("plannedCost");
        if (r.levelingDelay() != null) present.add("levelingDelay");
        return input(present, r.name(), r.parentId(), r.durationMinutes(), r.milestone(), r.manual(), r.manualStart(),
                r.manualFinish(), r.constraint(), r.deadline(), r.calendarId(), r.progress(), r.plannedCost(),
                r.levelingDelay(), null);
    }

    static TaskInput toInput(UpdateTaskRequest r) {
        return input(Patch.presentMembers(r), r.name().orElse(null), r.parentId().orElse(null),
                r.durationMinutes().orElse(null), r.milestone().orElse(null), r.manual().orElse(null),
                r.manualStart().orElse(null), r.manualFinish().orElse(null), r.constraint().orElse(null),
                r.deadline().orElse(null), r.calendarId().orElse(null), r.progress().orElse(null),
                r.plannedCost().orElse(null), r.levelingDelay().orElse(null), r.workContours().orElse(null));
    }

    private static TaskInput input(Set<String> present, String name, UUID parentId, Long duration,
                                                   Boolean milestone, Boolean manual, java.time.LocalDateTime manualStart,
                                                   java.time.LocalDateTime manualFinish, ConstraintDto constraint,
                                                   java.time.LocalDateTime deadline, UUID calendarId, ProgressDto progress,
                                                   BigDecimal plannedCost, LevelingDelayDto levelingDelay,
                                                   List<WorkContourChangeDto> contours) {
        return new TaskInput(Set.copyOf(present), name, parentId, duration, milestone, manual,
                manualStart, manualFinish, constraint == null ? null : constraint.type(),
                constraint == null ? null : constraint.date(), deadline, calendarId,
                progress == null ? null : progress.actualStart(), progress == null ? null : progress.actualFinish(),
                progress == null ? null : progress.percentComplete(), progress == null ? null : progress.remainingMinutes(),
                plannedCost == null ? null : plannedCost.setScale(2),
                levelingDelay == null ? null : levelingDelay.minutes(),
                levelingDelay == null ? null : levelingDelay.elapsed(),
                contours == null ? null : contours.stream()
                        .map(c -> new TaskInput.ContourChange(c.resourceId(), c.contour())).toList());
    }

    public static TaskResponse toResponse(TaskView view) {
        Task t = view.task();
        TaskDates d = view.dates();
        ConstraintDto constraint = new ConstraintDto(t.constraintType, t.constraintDate);
        ProgressDto progress = t.hasProgress()
                ? new ProgressDto(t.actualStart, t.actualFinish, t.percentComplete, t.remainingMinutes) : null;
        ScheduledDatesDto schedule = d == null ? null : new ScheduledDatesDto(d.start, d.finish, d.earlyStart,
                d.earlyFinish, d.lateStart, d.lateFinish, d.totalSlackMinutes, d.freeSlackMinutes, d.critical);
        return new TaskResponse(t.id, t.externalId, t.name, t.parentId, d == null ? t.wbs : d.wbs,
                d == null ? null : d.outlineLevel, d == null ? null : d.summary, t.durationMinutes, t.elapsed,
                t.milestone, t.manual, t.manualStart, t.manualFinish, constraint, t.deadline, t.calendarId, progress,
                t.plannedCost, t.levelingDelayMinutes > 0
                        ? new LevelingDelayDto(t.levelingDelayMinutes, t.levelingDelayElapsed) : null,
                t.splitMinutes, t.blankRow, workAssignments(t), schedule, t.version, t.createdAt, t.updatedAt,
                t.originActionItemId == null ? null : new TaskOriginDto(t.originActionItemId, t.originMeetingId));
    }

    private static List<WorkAssignmentDto> workAssignments(Task t) {
        return t.assignments == null || t.assignments.isEmpty() ? null
                : t.assignments.stream().map(WorkAssignmentDto::of).toList();
    }

    static DependencyResponse toResponse(TaskLink link) {
        return new DependencyResponse(link.id, link.predecessorId, link.successorId, link.type,
                new LagDto(BigDecimal.valueOf(link.lagValue), link.lagUnit), link.version, link.createdAt);
    }

    static CalendarInput toInput(CalendarRequest r) {
        Map<DayOfWeek, List<WorkingPeriod>> weekDays = new EnumMap<>(DayOfWeek.class);
        if (r.weekDays() != null) {
            r.weekDays().forEach((day, periods) -> weekDays.put(day, periods.stream().map(ScheduleMapper::period).toList()));
        }
        List<CalendarException> exceptions = r.exceptions() == null ? List.of() : r.exceptions().stream()
                .map(e -> new CalendarException(e.name(), e.from(), e.to() == null && e.recurrence() == null ? e.from() : e.to(),
                        e.periods() == null ? List.of() : e.periods().stream().map(ScheduleMapper::period).toList(),
                        recurrence(e.recurrence())))
                .toList();
        return new CalendarInput(r.name(), r.parentId(), Boolean.TRUE.equals(r.projectDefault()),
                weekDays, exceptions);
    }

    static CalendarResponse toResponse(ProjectCalendar c, UUID projectDefault) {
        CalendarDefinition d = c.definition;
        Map<DayOfWeek, List<PeriodDto>> weekDays = new EnumMap<>(DayOfWeek.class);
        d.weekDays().forEach((day, periods) -> weekDays.put(day, periods.stream().map(ScheduleMapper::period).toList()));
        List<ExceptionDto> exceptions = d.exceptions().stream()
                .map(e -> new ExceptionDto(e.name(), e.from(), e.to(), e.periods().stream().map(ScheduleMapper::period).toList(),
                        recurrence(e.recurrence())))
                .toList();
        return new CalendarResponse(c.id, c.name, c.parentId, c.id.equals(projectDefault), weekDays, exceptions,
                c.externalId, c.version, c.createdAt, c.updatedAt);
    }

    static ScheduleResponse toResponse(ScheduleView view) {
        List<ScheduleResponse.Task> tasks = view.tasks().stream().filter(v -> v.dates() != null).map(v -> {
            Task t = v.task();
            TaskDates d = v.dates();
            return new ScheduleResponse.Task(t.id, t.externalId, t.name, d.wbs, d.outlineLevel, d.summary, t.milestone,
                    d.start, d.finish, d.earlyStart, d.earlyFinish, d.lateStart, d.lateFinish, d.totalSlackMinutes,
                    d.freeSlackMinutes, d.critical);
        }).toList();
        return new ScheduleResponse(view.projectId(), view.settings().start, view.settings().finish,
                view.settings().calculatedAt, view.settings().scheduleVersion, tasks);
    }

    static Lag.LagUnit unit(LagDto lag) {
        return lag == null || lag.unit() == null ? Lag.LagUnit.WORKING_MINUTES : lag.unit();
    }

    static double value(LagDto lag) {
        return lag == null ? 0 : lag.value().doubleValue();
    }

    private static WorkingPeriod period(PeriodDto p) {
        return new WorkingPeriod(p.from(), p.to());
    }

    private static PeriodDto period(WorkingPeriod p) {
        return new PeriodDto(p.from(), p.to());
    }

    private static Recurrence recurrence(RecurrenceDto r) {
        if (r == null) {
            return null;
        }
        return new Recurrence(r.frequency(), r.interval() == null ? 1 : r.interval(), r.daysOfWeek(),
                r.dayOfMonth() == null ? 0 : r.dayOfMonth(), r.ordinal() == null ? 0 : r.ordinal(), r.dayOfWeek(),
                r.month(), r.occurrences() == null ? 0 : r.occurrences());
    }

    private static RecurrenceDto recurrence(Recurrence r) {
        if (r == null) {
            return null;
        }
        return new RecurrenceDto(r.frequency(), r.interval(), r.daysOfWeek().isEmpty() ? null : r.daysOfWeek(),
                r.dayOfMonth() == 0 ? null : r.dayOfMonth(), r.ordinal() == 0 ? null : r.ordinal(), r.dayOfWeek(),
                r.month(), r.occurrences() == 0 ? null : r.occurrences());
    }
}
