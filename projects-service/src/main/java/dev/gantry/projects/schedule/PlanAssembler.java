package dev.gantry.projects.schedule;

import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.Seconds;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.model.Constraint;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.Progress;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.model.WholeMinutes;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Turns a project's stored network into the scheduling engine's plan. */
public final class PlanAssembler {

    /** Engine id of the standard calendar used when the project has no calendar of its own. */
    public static final String STANDARD_CALENDAR = "standard";

    /** Everything of a project that scheduling needs. */
    public record Network(Project project, ProjectSchedule settings, List<ProjectCalendar> calendars, List<Task> tasks,
                          List<TaskLink> links) {
    }

    private PlanAssembler() {
    }

    /** The plan with task ids as the tasks' UUIDs. */
    public static ProjectPlan toPlan(Network network) {
        return toPlan(network, task -> task.id.toString());
    }

    /** The plan with task ids chosen by {@code taskId} (for example MS Project UniqueIDs for an export). */
    public static ProjectPlan toPlan(Network network, Function<Task, String> taskId) {
        Map<UUID, String> ids = new HashMap<>();
        network.tasks().forEach(t -> ids.put(t.id, taskId.apply(t)));
        Function<UUID, String> idOf = id -> {
            String known = ids.get(id);
            return known != null ? known : id.toString();
        };
        ProjectPlan.Builder plan = planHeader(network);
        for (Task t : outlineOrder(network.tasks())) {
            plan.task(toPlanTask(t, idOf));
        }
        for (TaskLink link : network.links()) {
            plan.dependency(toDependency(link, idOf));
        }
        return plan.build();
    }

    /**
     * The plan with task ids as the tasks' UUIDs, from tasks and dependencies already converted (kept between edits
     * by {@link PlanParts}); the calendars, start and settings come from the network.
     */
    static ProjectPlan toPlan(Network network, List<PlanTask> tasksInOutlineOrder, Collection<Dependency> dependencies) {
        return planHeader(network).tasks(tasksInOutlineOrder).dependencies(dependencies).build();
    }

    /**
     * A task of the plan, its own and its parent's id given by {@code idOf}. The engine looks tasks up by id many
     * times per run: a caller that hands every reference to a task the same String instance spares it comparing
     * their characters.
     */
    static PlanTask toPlanTask(Task t, Function<UUID, String> idOf) {
        PlanTask.Builder b = PlanTask.builder(idOf.apply(t.id))
                .name(t.blankRow && t.manual ? null : t.name) // nameless, as the file had it: see Task.blankRow
                .parent(t.parentId == null ? null : idOf.apply(t.parentId))
                .wbs(t.wbs)
                .duration(t.durationMinutes)
                .elapsed(t.elapsed)
                .milestone(t.milestone)
                .calendar(t.calendarId == null ? null : t.calendarId.toString())
                .assignments(t.assignments == null ? List.of() : t.assignments)
                .constraint(new Constraint(t.constraintType, t.constraintType.needsDate() ? t.constraintDate : null))
                .deadline(t.deadline)
                .manual(t.manual, t.manualStart, t.manualFinish)
                .levelingDelay(t.levelingDelayMinutes, t.levelingDelayElapsed)
                .split(t.splitMinutes);
        if (t.hasProgress()) {
            b.progress(new Progress(t.actualStart, t.actualFinish, t.percentComplete.doubleValue(),
                    WholeMinutes.of(t.actualMinutes), WholeMinutes.of(t.remainingMinutes)));
        }
        return b.build();
    }

    /** A dependency of the plan, its tasks' ids given by {@code idOf} (see {@link #toPlanTask(Task, Function)}). */
    static Dependency toDependency(TaskLink link, Function<UUID, String> idOf) {
        return new Dependency(idOf.apply(link.predecessorId), idOf.apply(link.successorId), link.type.engineType(),
                link.lag());
    }

    private static ProjectPlan.Builder planHeader(Network network) {
        Map<String, WorkingCalendar> calendars = new LinkedHashMap<>();
        for (ProjectCalendar c : network.calendars()) {
            calendars.put(c.id.toString(), new WorkingCalendar(c.id.toString(), c.name,
                    c.parentId == null ? null : c.parentId.toString(), c.definition.weekDays(),
                    c.definition.exceptions()));
        }
        String defaultCalendar = network.settings().defaultCalendarId == null ? null
                : network.settings().defaultCalendarId.toString();
        if (defaultCalendar == null) {
            defaultCalendar = STANDARD_CALENDAR;
            calendars.put(STANDARD_CALENDAR, WorkingCalendar.standard(STANDARD_CALENDAR));
        }
        return ProjectPlan.builder(planStart(network, calendars, defaultCalendar))
                .defaultCalendar(defaultCalendar)
                .calendars(calendars.values())
                .statusDate(network.settings().statusDate)
                .moveRemainingWorkAfterStatusDate(network.settings().moveRemainingWork)
                .splitInProgressTasks(network.settings().splitInProgress);
    }

    /**
     * The project's start date at the start of its first working period on the project calendar, or at the time an
     * imported file started.
     */
    static LocalDateTime planStart(Network network, Map<String, WorkingCalendar> calendars, String defaultCalendar) {
        LocalDateTime midnight = network.project().startDate.atStartOfDay();
        if (network.settings().startTime != null) {
            return network.project().startDate.atTime(network.settings().startTime);
        }
        List<WorkingCalendar> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (WorkingCalendar c = calendars.get(defaultCalendar); c != null && seen.add(c.id());
             c = c.parentId() == null ? null : calendars.get(c.parentId())) {
            chain.add(c);
        }
        if (chain.isEmpty() || !CalendarTimeline.hasWorkingTime(chain)) {
            return midnight; // the engine reports the calendar
        }
        try {
            return Seconds.toDateTime(CalendarTimeline.compile(chain, network.project().startDate)
                    .nextWorkStart(Seconds.of(midnight)));
        } catch (RuntimeException noWorkingTimeAhead) {
            return midnight;
        }
    }

    /**
     * The project calendar (the standard calendar when the project has none) laid out around the project's start,
     * for measuring working time between two date-times.
     */
    public static CalendarTimeline projectCalendar(Network network) {
        Map<UUID, ProjectCalendar> byId = new HashMap<>();
        network.calendars().forEach(c -> byId.put(c.id, c));
        List<WorkingCalendar> chain = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (ProjectCalendar c = byId.get(network.settings().defaultCalendarId); c != null && seen.add(c.id);
             c = c.parentId == null ? null : byId.get(c.parentId)) {
            chain.add(new WorkingCalendar(c.id.toString(), c.name, c.parentId == null ? null : c.parentId.toString(),
                    c.definition.weekDays(), c.definition.exceptions()));
        }
        if (chain.isEmpty()) {
            chain.add(WorkingCalendar.standard(STANDARD_CALENDAR));
        }
        return CalendarTimeline.compile(chain, network.project().startDate);
    }

    /**
     * Siblings' order: by position, then by id as PostgreSQL orders UUIDs (byte by byte, unsigned), the order in
     * which {@code TaskRepository.ofProject} reads them.
     */
    static final Comparator<Task> BY_POSITION = Comparator.<Task>comparingLong(t -> t.position)
            .thenComparing((a, b) -> {
                int high = Long.compareUnsigned(a.id.getMostSignificantBits(), b.id.getMostSignificantBits());
                return high != 0 ? high
                        : Long.compareUnsigned(a.id.getLeastSignificantBits(), b.id.getLeastSignificantBits());
            });

    /** Tasks in outline order: each summary followed by its subtasks, siblings by position, whatever their order. */
    public static List<Task> outlineOrder(List<Task> tasks) {
        Map<UUID, List<Task>> children = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        tasks.forEach(t -> ids.add(t.id));
        List<Task> roots = new ArrayList<>();
        for (Task t : tasks) {
            if (t.parentId == null || !ids.contains(t.parentId)) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentId, k -> new ArrayList<>()).add(t);
            }
        }
        roots.sort(BY_POSITION);
        children.values().forEach(siblings -> siblings.sort(BY_POSITION));
        List<Task> ordered = new ArrayList<>(tasks.size());
        Set<UUID> emitted = new HashSet<>();
        ArrayDeque<Task> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Task t = stack.pop();
            if (!emitted.add(t.id)) {
                continue;
            }
            ordered.add(t);
            List<Task> kids = children.getOrDefault(t.id, List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        // Tasks in a parent cycle are unreachable from the roots: keep them so that the engine reports the cycle.
        if (ordered.size() < tasks.size()) {
            List<Task> unreachable = new ArrayList<>();
            for (Task t : tasks) {
                if (!emitted.contains(t.id)) {
                    unreachable.add(t);
                }
            }
            unreachable.sort(BY_POSITION);
            ordered.addAll(unreachable);
        }
        return ordered;
    }
}
