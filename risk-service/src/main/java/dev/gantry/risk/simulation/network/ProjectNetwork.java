package dev.gantry.risk.simulation.network;

import dev.gantry.contracts.schedule.ScheduleAssembler;
import dev.gantry.contracts.schedule.ScheduleCalendar;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleLink;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.Recurrence;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.calendar.WorkingPeriod;
import dev.gantry.scheduling.model.Constraint;
import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.DependencyType;
import dev.gantry.scheduling.model.Lag;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.Progress;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.model.WholeMinutes;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.scheduling.model.WorkContour;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A project's network as received from the schedules topic, turned into the scheduling engine's plan — the plan
 * projects-service schedules: the same calendars, link types, lags, constraints, manual dates, progress and work
 * assignments, from the same start. Task ids in the plan are the tasks' UUIDs.
 *
 * @param schedule the complete schedule version it was built from
 * @param plan     the engine's plan
 */
public record ProjectNetwork(ScheduleAssembler.Schedule schedule, ProjectPlan plan) {

    /** Engine id of the standard calendar of a project that has none of its own (as projects-service names it). */
    static final String STANDARD_CALENDAR = "standard";

    public static ProjectNetwork of(ScheduleAssembler.Schedule schedule) {
        Map<String, WorkingCalendar> calendars = new LinkedHashMap<>();
        for (ScheduleCalendar c : schedule.calendars().values()) {
            calendars.put(c.calendarId().toString(), calendar(c));
        }
        String defaultCalendar = schedule.header().defaultCalendarId() == null ? null
                : schedule.header().defaultCalendarId().toString();
        if (defaultCalendar == null) {
            defaultCalendar = STANDARD_CALENDAR;
            calendars.put(STANDARD_CALENDAR, WorkingCalendar.standard(STANDARD_CALENDAR));
        }
        LocalDateTime start = schedule.header().planStart() != null ? schedule.header().planStart()
                : schedule.header().start();
        ProjectPlan.Builder plan = ProjectPlan.builder(start)
                .defaultCalendar(defaultCalendar)
                .calendars(calendars.values())
                .statusDate(schedule.header().statusDate())
                .moveRemainingWorkAfterStatusDate(Boolean.TRUE.equals(schedule.header().moveRemainingWork()))
                .splitInProgressTasks(Boolean.TRUE.equals(schedule.header().splitInProgressTasks()));
        for (ScheduleTask t : outlineOrder(schedule.tasks().values())) {
            plan.task(task(t));
        }
        for (ScheduleLink l : schedule.links().values()) {
            plan.dependency(new Dependency(l.predecessorId().toString(), l.successorId().toString(),
                    linkType(l.type()), new Lag(l.lag(), Lag.LagUnit.valueOf(l.lagUnit()))));
        }
        return new ProjectNetwork(schedule, plan.build());
    }

    /** The task's name, or its id when the network does not have it. */
    public String name(UUID taskId) {
        ScheduleTask task = schedule.tasks().get(taskId);
        return task == null ? taskId.toString() : task.name();
    }

    /** Whether the task has subtasks (as the engine computed it). */
    public boolean summary(UUID taskId) {
        ScheduleDates.Computed computed = schedule.computed().get(taskId);
        return computed != null && computed.summary();
    }

    /** The task's computed finish, or null. */
    public LocalDateTime finish(UUID taskId) {
        ScheduleDates.Computed computed = schedule.computed().get(taskId);
        return computed == null ? null : computed.finish();
    }

    /** The milestones of the network, in outline order. */
    public List<UUID> milestones() {
        List<UUID> found = new ArrayList<>();
        for (PlanTask t : plan.tasks()) {
            if (t.milestone()) {
                found.add(UUID.fromString(t.id()));
            }
        }
        return found;
    }

    private static PlanTask task(ScheduleTask t) {
        ConstraintType constraint = t.constraintType() == null ? ConstraintType.AS_SOON_AS_POSSIBLE
                : ConstraintType.valueOf(t.constraintType());
        PlanTask.Builder b = PlanTask.builder(t.taskId().toString())
                .name(Boolean.TRUE.equals(t.blankRow()) && Boolean.TRUE.equals(t.manual()) ? null : t.name()) // a blank row
                .parent(t.parentId() == null ? null : t.parentId().toString())
                .wbs(t.wbs())
                .duration(t.durationMinutes())
                .elapsed(Boolean.TRUE.equals(t.elapsed()))
                .milestone(t.milestone())
                .calendar(t.calendarId() == null ? null : t.calendarId().toString())
                .assignments(t.assignments() == null ? List.of() : t.assignments().stream()
                        .map(a -> new WorkAssignment(a.resourceId(), a.calendarId().toString(), a.workMinutes(),
                                a.units(), WholeMinutes.of(a.actualWorkMinutes()), WholeMinutes.of(a.remainingWorkMinutes()),
                                contour(a.contour()), a.delayMinutes() == null ? 0 : a.delayMinutes())).toList())
                .constraint(new Constraint(constraint, constraint.needsDate() ? t.constraintDate() : null))
                .deadline(t.deadline())
                .manual(Boolean.TRUE.equals(t.manual()), t.manualStart(), t.manualFinish())
                .levelingDelay(t.levelingDelayMinutes() == null ? 0 : t.levelingDelayMinutes(),
                        !Boolean.FALSE.equals(t.levelingDelayElapsed()))
                .split(t.splitMinutes() == null ? 0 : t.splitMinutes());
        boolean progress = t.actualStart() != null || t.actualFinish() != null || t.remainingMinutes() != null
                || (t.percentComplete() != null && t.percentComplete().signum() > 0);
        if (progress) {
            b.progress(new Progress(t.actualStart(), t.actualFinish(),
                    t.percentComplete() == null ? 0 : t.percentComplete().doubleValue(), WholeMinutes.of(t.actualMinutes()),
                    WholeMinutes.of(t.remainingMinutes())));
        }
        return b.build();
    }

    /** An assignment's contour; absent means flat, and so does a name this version does not know. */
    private static WorkContour contour(String name) {
        if (name == null) {
            return WorkContour.FLAT;
        }
        try {
            return WorkContour.valueOf(name);
        } catch (IllegalArgumentException e) {
            return WorkContour.FLAT;
        }
    }

    private static DependencyType linkType(String type) {
        return switch (type) {
            case "SS" -> DependencyType.START_TO_START;
            case "FF" -> DependencyType.FINISH_TO_FINISH;
            case "SF" -> DependencyType.START_TO_FINISH;
            default -> DependencyType.FINISH_TO_START;
        };
    }

    private static WorkingCalendar calendar(ScheduleCalendar c) {
        Map<DayOfWeek, List<WorkingPeriod>> weekDays = new EnumMap<>(DayOfWeek.class);
        if (c.weekDays() != null) {
            c.weekDays().forEach((day, periods) -> weekDays.put(day, periods(periods)));
        }
        List<CalendarException> exceptions = new ArrayList<>();
        if (c.exceptions() != null) {
            for (ScheduleCalendar.CalendarException e : c.exceptions()) {
                ScheduleCalendar.Recurrence r = e.recurrence();
                exceptions.add(new CalendarException(e.name(), e.from(), e.to(),
                        e.periods() == null ? List.of() : periods(e.periods()),
                        r == null ? null : new Recurrence(Recurrence.Frequency.valueOf(r.frequency()), r.interval(),
                                r.daysOfWeek(), r.dayOfMonth(), r.ordinal(), r.dayOfWeek(), r.month(),
                                r.occurrences())));
            }
        }
        return new WorkingCalendar(c.calendarId().toString(), c.name(),
                c.parentId() == null ? null : c.parentId().toString(), weekDays, exceptions);
    }

    private static List<WorkingPeriod> periods(List<ScheduleCalendar.Period> periods) {
        return periods.stream().map(p -> new WorkingPeriod(p.from(), p.to())).toList();
    }

    /** Tasks in outline order: each summary followed by its subtasks, siblings by position. */
    static List<ScheduleTask> outlineOrder(Iterable<ScheduleTask> tasks) {
        Map<UUID, List<ScheduleTask>> children = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        List<ScheduleTask> all = new ArrayList<>();
        tasks.forEach(t -> {
            ids.add(t.taskId());
            all.add(t);
        });
        Comparator<ScheduleTask> byPosition = Comparator.comparingLong(ScheduleTask::position)
                .thenComparing(ScheduleTask::taskId);
        all.sort(byPosition);
        List<ScheduleTask> roots = new ArrayList<>();
        for (ScheduleTask t : all) {
            if (t.parentId() == null || !ids.contains(t.parentId())) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<ScheduleTask> ordered = new ArrayList<>(all.size());
        Set<UUID> emitted = new HashSet<>();
        ArrayDeque<ScheduleTask> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            ScheduleTask t = stack.pop();
            if (!emitted.add(t.taskId())) {
                continue;
            }
            ordered.add(t);
            List<ScheduleTask> kids = children.getOrDefault(t.taskId(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        // Tasks in a parent cycle are unreachable from the roots: keep them so that the engine reports the cycle.
        for (ScheduleTask t : all) {
            if (!emitted.contains(t.taskId())) {
                ordered.add(t);
            }
        }
        return ordered;
    }
}
