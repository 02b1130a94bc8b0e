package dev.gantry.projects.schedule;

import dev.gantry.contracts.project.ProjectScheduleSnapshot;
import dev.gantry.contracts.project.ScheduleChanged;
import dev.gantry.contracts.project.TaskProgressReported;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.persistence.ProjectRepository;
import dev.gantry.projects.schedule.domain.LinkType;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.projects.schedule.domain.TaskOrigin;
import dev.gantry.projects.schedule.persistence.CalendarRepository;
import dev.gantry.projects.schedule.persistence.LinkRepository;
import dev.gantry.projects.schedule.persistence.ProjectScheduleRepository;
import dev.gantry.projects.schedule.persistence.TaskDatesRepository;
import dev.gantry.projects.schedule.persistence.TaskRepository;
import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.Scheduler;
import dev.gantry.scheduling.TaskSchedule;
import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.calendar.WorkingPeriod;
import dev.gantry.scheduling.error.Problem;
import dev.gantry.scheduling.error.ScheduleValidationException;
import dev.gantry.scheduling.error.WorkingTimeExhaustedException;
import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.Lag;
import dev.gantry.scheduling.model.ProjectPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Use cases on a project's WBS, dependencies and calendars. Every change recomputes the schedule in the same
 * transaction, stores it and publishes ScheduleChanged (when something moved) and the network snapshot; a change
 * the engine rejects throws, so nothing of it is written.
 */
@ApplicationScoped
@Transactional
public class ScheduleService {

    /** Values of a task; for a change, only the fields named in {@code present} apply (null there clears). */
    public record TaskInput(Set<String> present, String name, UUID parentId, Long durationMinutes, Boolean milestone,
                            Boolean manual, LocalDateTime manualStart, LocalDateTime manualFinish,
                            ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline,
                            UUID calendarId, LocalDateTime actualStart, LocalDateTime actualFinish,
                            BigDecimal percentComplete, Long remainingMinutes, BigDecimal plannedCost) {

        /** Values without a planned cost (callers that do not set one). */
        public TaskInput(Set<String> present, String name, UUID parentId, Long durationMinutes, Boolean milestone,
                         Boolean manual, LocalDateTime manualStart, LocalDateTime manualFinish,
                         ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline,
                         UUID calendarId, LocalDateTime actualStart, LocalDateTime actualFinish,
                         BigDecimal percentComplete, Long remainingMinutes) {
            this(present, name, parentId, durationMinutes, milestone, manual, manualStart, manualFinish, constraintType,
                    constraintDate, deadline, calendarId, actualStart, actualFinish, percentComplete, remainingMinutes,
                    null);
        }

        boolean has(String field) {
            return present.contains(field);
        }
    }

    /** A calendar as the planner defines it. */
    public record CalendarInput(String name, UUID parentId, boolean projectDefault,
                                Map<DayOfWeek, List<WorkingPeriod>> weekDays, List<CalendarException> exceptions) {
    }

    /** A task with its computed dates (null before the first computation). */
    public record TaskView(Task task, TaskDates dates) {
    }

    /** The stored schedule of a project: its span and every task in outline order. */
    public record ScheduleView(UUID projectId, ProjectSchedule settings, List<TaskView> tasks) {
    }

    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final LinkRepository links;
    private final CalendarRepository calendars;
    private final ProjectScheduleRepository schedules;
    private final TaskDatesRepository dates;
    private final ProjectAuthorizer authorizer;
    private final EventPublisher events;
    private final Clock clock;
    /** The project whose recomputation {@link #withOneRecompute} defers on this thread, if any. */
    private final ThreadLocal<UUID> deferredProject = new ThreadLocal<>();
    private final Scheduler scheduler = new Scheduler();

    ScheduleService(ProjectRepository projects, TaskRepository tasks, LinkRepository links, CalendarRepository calendars,
                    ProjectScheduleRepository schedules, TaskDatesRepository dates, ProjectAuthorizer authorizer,
                    EventPublisher events, Clock clock) {
        this.projects = projects;
        this.tasks = tasks;
        this.links = links;
        this.calendars = calendars;
        this.schedules = schedules;
        this.dates = dates;
        this.authorizer = authorizer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Runs work that makes many changes to one project's plan (e.g. applying a template) and recomputes the schedule
     * once at the end instead of after every change, so one ScheduleChanged and one snapshot describe the result.
     * A change the engine rejects still rolls the whole transaction back.
     */
    public <T> T withOneRecompute(UUID projectId, Supplier<T> work) {
        if (deferredProject.get() != null) {
            return work.get();
        }
        deferredProject.set(projectId);
        T result;
        try {
            result = work.get();
        } finally {
            deferredProject.remove();
        }
        recompute(project(projectId), Set.of());
        return result;
    }

    // --- Tasks -------------------------------------------------------------------------------------------------

    public TaskView createTask(UUID projectId, TaskInput input) {
        return createTask(projectId, input, null);
    }

    /** Adds a task that was agreed as an action item of a meeting ({@code origin}, or null for none). */
    public TaskView createTask(UUID projectId, TaskInput input, TaskOrigin origin) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Project project = project(projectId);
        Task task = Task.create(projectId, tasks.nextPosition(projectId), input.name(), clock.instant());
        apply(task, input, true);
        if (origin != null) {
            task.originMeetingId = origin.meetingId();
            task.originActionItemId = origin.actionItemId();
        }
        tasks.persist(task);
        return new TaskView(task, recompute(project, Set.of(), input.has("progress") ? Set.of(task.id) : null)
                .get(task.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskView task(UUID projectId, UUID taskId) {
        authorizer.require(projectId, ProjectPermission.READ);
        Task task = taskOf(projectId, taskId);
        return new TaskView(task, dates.findById(taskId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TaskView> listTasks(UUID projectId, UUID parentId, PageRequest pageRequest) {
        authorizer.require(projectId, ProjectPermission.READ);
        PageResponse<Task> page = tasks.page(projectId, parentId, pageRequest);
        Map<UUID, TaskDates> computed = new HashMap<>();
        if (!page.items().isEmpty()) {
            dates.list("taskId in ?1", page.items().stream().map(t -> t.id).toList())
                    .forEach(d -> computed.put(d.taskId, d));
        }
        return page.map(t -> new TaskView(t, computed.get(t.id)));
    }

    public TaskView updateTask(UUID projectId, UUID taskId, String ifMatch, TaskInput input) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Project project = project(projectId);
        Task task = taskOf(projectId, taskId);
        ETags.requireMatch(ifMatch, task.version);
        if (!apply(task, input, false)) {
            return new TaskView(task, dates.findById(taskId));
        }
        task.updatedAt = clock.instant();
        tasks.flush();
        return new TaskView(task, recompute(project, Set.of(), input.has("progress") ? Set.of(task.id) : null)
                .get(task.id));
    }

    /** Deletes a task and its dependencies; a summary task must be emptied first. */
    public void deleteTask(UUID projectId, UUID taskId, String ifMatch) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Project project = project(projectId);
        Task task = taskOf(projectId, taskId);
        ETags.requireMatch(ifMatch, task.version);
        if (tasks.hasChildren(taskId)) {
            throw new ConflictException("Task '" + task.name + "' has subtasks",
                    List.of("Delete its subtasks or move them to another parent first"));
        }
        links.deleteTouching(taskId);
        dates.deleteById(taskId);
        tasks.delete(task);
        tasks.flush();
        recompute(project, Set.of(taskId));
    }

    // --- Dependencies ------------------------------------------------------------------------------------------

    public TaskLink createLink(UUID projectId, UUID predecessorId, UUID successorId, LinkType type, double lagValue,
                               Lag.LagUnit lagUnit) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Project project = project(projectId);
        List<FieldError> errors = new ArrayList<>();
        if (tasks.findInProject(projectId, predecessorId).isEmpty()) {
            errors.add(FieldError.body("/predecessorId", "no task " + predecessorId + " in this project"));
        }
        if (tasks.findInProject(projectId, successorId).isEmpty()) {
            errors.add(FieldError.body("/successorId", "no task " + successorId + " in this project"));
        }
        if (errors.isEmpty() && predecessorId.equals(successorId)) {
            errors.add(FieldError.body("/successorId", "a task cannot depend on itself"));
        }
        if (lagUnit == Lag.LagUnit.PERCENT && Math.abs(lagValue) > 10_000) {
            errors.add(FieldError.body("/lag/value", "a percent lag must be between -10000 and 10000"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (links.exists(predecessorId, successorId)) {
            throw new ConflictException("These tasks are already linked",
                    List.of("Delete the existing dependency to link them differently"));
        }
        TaskLink link = TaskLink.create(projectId, predecessorId, successorId, type, lagValue, lagUnit, clock.instant());
        links.persist(link);
        links.flush();
        recompute(project, Set.of());
        return link;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TaskLink> listLinks(UUID projectId, UUID taskId, PageRequest pageRequest) {
        authorizer.require(projectId, ProjectPermission.READ);
        return links.page(projectId, taskId, pageRequest);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskLink link(UUID projectId, UUID linkId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return links.findInProject(projectId, linkId).orElseThrow(() -> new NotFoundException("Dependency", linkId));
    }

    public void deleteLink(UUID projectId, UUID linkId, String ifMatch) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Project project = project(projectId);
        TaskLink link = links.findInProject(projectId, linkId)
                .orElseThrow(() -> new NotFoundException("Dependency", linkId));
        ETags.requireMatch(ifMatch, link.version);
        links.delete(link);
        links.flush();
        recompute(project, Set.of());
    }

    // --- Calendars ---------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProjectCalendar> listCalendars(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return calendars.ofProject(projectId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectCalendar calendar(UUID projectId, UUID calendarId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return calendars.findInProject(projectId, calendarId)
                .orElseThrow(() -> new NotFoundException("Calendar", calendarId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID defaultCalendarId(UUID projectId) {
        ProjectSchedule settings = schedules.findById(projectId);
        return settings == null ? null : settings.defaultCalendarId;
    }

    public ProjectCalendar createCalendar(UUID projectId, CalendarInput input) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Project project = project(projectId);
        validateCalendar(projectId, null, input);
        ProjectCalendar calendar = ProjectCalendar.create(projectId, input.name(), input.parentId(),
                CalendarJson.write(new CalendarJson.Definition(input.weekDays(), input.exceptions())), clock.instant());
        calendars.persist(calendar);
        calendars.flush();
        if (input.projectDefault()) {
            settings(projectId).defaultCalendarId = calendar.id;
        }
        recompute(project, Set.of());
        return calendar;
    }

    public ProjectCalendar updateCalendar(UUID projectId, UUID calendarId, String ifMatch, CalendarInput input) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Project project = project(projectId);
        ProjectCalendar calendar = calendars.findInProject(projectId, calendarId)
                .orElseThrow(() -> new NotFoundException("Calendar", calendarId));
        ETags.requireMatch(ifMatch, calendar.version);
        validateCalendar(projectId, calendarId, input);
        calendar.name = input.name().strip();
        calendar.parentId = input.parentId();
        calendar.definition = CalendarJson.write(new CalendarJson.Definition(input.weekDays(), input.exceptions()));
        calendar.updatedAt = clock.instant();
        ProjectSchedule settings = settings(projectId);
        if (input.projectDefault()) {
            settings.defaultCalendarId = calendar.id;
        } else if (calendar.id.equals(settings.defaultCalendarId)) {
            settings.defaultCalendarId = null;
        }
        calendars.flush();
        recompute(project, Set.of());
        return calendar;
    }

    private void validateCalendar(UUID projectId, UUID calendarId, CalendarInput input) {
        List<FieldError> errors = new ArrayList<>();
        input.weekDays().forEach((day, periods) -> {
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).minutes() <= 0) {
                    errors.add(FieldError.body("/weekDays/" + day + "/" + i, "a period must end after it starts"));
                }
            }
        });
        for (int i = 0; i < input.exceptions().size(); i++) {
            CalendarException e = input.exceptions().get(i);
            if (e.to() != null && e.to().isBefore(e.from())) {
                errors.add(FieldError.body("/exceptions/" + i + "/to", "must not be before 'from'"));
            }
            for (int p = 0; p < e.periods().size(); p++) {
                if (e.periods().get(p).minutes() <= 0) {
                    errors.add(FieldError.body("/exceptions/" + i + "/periods/" + p, "a period must end after it starts"));
                }
            }
        }
        List<WorkingCalendar> chain = new ArrayList<>();
        chain.add(new WorkingCalendar(String.valueOf(calendarId), input.name(), null, input.weekDays(), input.exceptions()));
        if (input.parentId() != null) {
            Set<UUID> seen = new HashSet<>();
            UUID next = input.parentId();
            while (next != null) {
                if (next.equals(calendarId) || !seen.add(next)) {
                    errors.add(FieldError.body("/parentId", "the calendar would derive from itself"));
                    break;
                }
                ProjectCalendar parent = calendars.findInProject(projectId, next).orElse(null);
                if (parent == null) {
                    errors.add(FieldError.body("/parentId", "no calendar " + next + " in this project"));
                    break;
                }
                CalendarJson.Definition d = CalendarJson.read(parent.definition);
                chain.add(new WorkingCalendar(parent.id.toString(), parent.name, null, d.weekDays(), d.exceptions()));
                next = parent.parentId;
            }
        }
        if (errors.isEmpty() && !CalendarTimeline.hasWorkingTime(chain)) {
            errors.add(FieldError.body("/weekDays", "the calendar has no working time: give at least one weekday or"
                    + " exception working periods"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    // --- Schedule ----------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleView schedule(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        project(projectId);
        return scheduleOf(projectId);
    }

    /** The schedule without an authorisation check, for callers that have made their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleView scheduleOf(UUID projectId) {
        ProjectSchedule settings = schedules.findById(projectId);
        if (settings == null) {
            settings = ProjectSchedule.of(projectId);
        }
        Map<UUID, TaskDates> computed = dates.byTask(projectId);
        List<TaskView> views = PlanAssembler.outlineOrder(tasks.ofProject(projectId)).stream()
                .map(t -> new TaskView(t, computed.get(t.id))).toList();
        return new ScheduleView(projectId, settings, views);
    }

    /** The project's network for export (read access). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanAssembler.Network network(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return load(project(projectId));
    }

    /** After a change of the project's start date: recomputes when the project has a schedule. */
    public void projectStartMoved(Project project) {
        if (schedules.findById(project.id) != null) {
            recompute(project, Set.of());
        }
    }

    /**
     * Recomputes and stores the schedule of a project whose network just changed (flushed), publishes
     * ScheduleChanged when something moved and the snapshot always. Throws (so the change rolls back) when the
     * engine rejects the network. Callers have authorised the change.
     */
    public Map<UUID, TaskDates> recompute(Project project, Set<UUID> removedTaskIds) {
        return recompute(project, removedTaskIds, null);
    }

    /**
     * Recomputes like {@link #recompute(Project, Set)} after progress was entered on the tasks {@code progressed}:
     * derives what MS Project derives from the computed dates (a task with progress but no actual start started at
     * its scheduled start; a 100% task without an actual finish finished at its scheduled finish; both leave the
     * dates where they are) and publishes TaskProgressReported for those tasks (null: no progress was reported).
     */
    public Map<UUID, TaskDates> recompute(Project project, Set<UUID> removedTaskIds, Set<UUID> progressed) {
        if (project.id.equals(deferredProject.get())) {
            return Map.of();
        }
        PlanAssembler.Network network = load(project);
        ProjectPlan plan = PlanAssembler.toPlan(network);
        ScheduleResult result = schedule(plan, network.tasks());
        Instant now = clock.instant();

        Map<UUID, TaskDates> previous = dates.byTask(project.id);
        Map<UUID, TaskDates> current = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        network.tasks().forEach(t -> names.put(t.id, t.name));
        List<dev.gantry.contracts.project.TaskDates> moved = new ArrayList<>();
        for (TaskSchedule s : result.tasks()) {
            UUID id = UUID.fromString(s.id());
            TaskDates before = previous.get(id);
            TaskDates after = before != null ? before : new TaskDates();
            boolean isNew = before == null;
            LocalDateTime oldStart = isNew ? null : before.start;
            LocalDateTime oldFinish = isNew ? null : before.finish;
            boolean oldCritical = !isNew && before.critical;
            after.taskId = id;
            after.projectId = project.id;
            after.wbs = s.wbs();
            after.outlineLevel = s.outlineLevel();
            after.summary = s.summary();
            after.start = s.start();
            after.finish = s.finish();
            after.earlyStart = s.earlyStart();
            after.earlyFinish = s.earlyFinish();
            after.lateStart = s.lateStart();
            after.lateFinish = s.lateFinish();
            after.durationMinutes = s.durationMinutes();
            after.totalSlackMinutes = s.totalSlackMinutes();
            after.freeSlackMinutes = s.freeSlackMinutes();
            after.critical = s.critical();
            if (isNew) {
                dates.persist(after);
            }
            if (isNew || !Objects.equals(oldStart, after.start) || !Objects.equals(oldFinish, after.finish)
                    || oldCritical != after.critical) {
                moved.add(new dev.gantry.contracts.project.TaskDates(id, names.get(id), after.start, after.finish,
                        after.critical));
            }
            current.put(id, after);
        }

        ProjectSchedule settings = network.settings();
        LocalDateTime start = result.tasks().isEmpty() ? plan.start() : result.projectStart();
        LocalDateTime finish = result.tasks().isEmpty() ? plan.start() : result.projectFinish();
        boolean spanMoved = !Objects.equals(start, settings.start) || !Objects.equals(finish, settings.finish);
        settings.start = start;
        settings.finish = finish;
        settings.calculatedAt = now;
        if (!moved.isEmpty() || !removedTaskIds.isEmpty() || spanMoved) {
            events.publish(new ScheduleChanged(project.id, start, finish, now, moved, List.copyOf(removedTaskIds)));
        }
        events.publish(snapshot(project.id, network, plan, current, start, finish, now));
        if (progressed != null) {
            reportProgress(project.id, settings, network.tasks(), current, progressed, now);
        }
        return current;
    }

    private void reportProgress(UUID projectId, ProjectSchedule settings, List<Task> network,
                                Map<UUID, TaskDates> computed, Set<UUID> progressed, Instant now) {
        List<TaskProgressReported.TaskProgress> reported = new ArrayList<>();
        boolean derived = false;
        for (Task t : PlanAssembler.outlineOrder(network)) {
            TaskDates d = computed.get(t.id);
            if (!progressed.contains(t.id) || d == null) {
                continue;
            }
            if (t.actualStart == null && t.percentComplete.signum() > 0) {
                t.actualStart = d.start;
                derived = true;
            }
            if (t.actualFinish == null && t.percentComplete.compareTo(ProgressRules.HUNDRED) == 0) {
                t.actualFinish = d.finish;
                derived = true;
            }
            reported.add(new TaskProgressReported.TaskProgress(t.id, t.name, t.percentComplete, t.actualStart,
                    t.actualFinish, t.remainingMinutes, d.durationMinutes, t.plannedCost, d.start, d.finish));
        }
        if (derived) {
            tasks.flush();
        }
        events.publish(new TaskProgressReported(projectId, settings.statusDate, reported, now));
    }

    /** Computes the plan with the service's scheduler; an impossible plan is a 409 naming the tasks. */
    ScheduleResult schedule(ProjectPlan plan, List<Task> network) {
        try {
            return scheduler.schedule(plan);
        } catch (ScheduleValidationException e) {
            Map<String, String> names = network.stream()
                    .collect(Collectors.toMap(t -> t.id.toString(), t -> t.name, (a, b) -> a));
            List<String> reasons = e.problems().stream().map(p -> describe(p, names)).toList();
            throw new ConflictException(reasons.size() == 1 ? reasons.get(0)
                    : "The schedule cannot be computed: " + String.join("; ", reasons), reasons);
        } catch (WorkingTimeExhaustedException e) {
            throw new ConflictException("The schedule cannot be computed: " + e.getMessage(),
                    List.of("Give the calendar working time around the project's dates"));
        }
    }

    private static String describe(Problem problem, Map<String, String> names) {
        String tasksNamed = problem.taskIds().stream()
                .map(id -> names.containsKey(id) ? "'" + names.get(id) + "' (" + id + ")" : id)
                .collect(Collectors.joining(switch (problem.code()) {
                    case DEPENDENCY_CYCLE, PARENT_CYCLE -> " → ";
                    default -> ", ";
                }));
        String label = switch (problem.code()) {
            case DEPENDENCY_CYCLE -> "The dependencies would form a cycle: ";
            case PARENT_CYCLE -> "The outline would loop: ";
            default -> problem.code() + ": " + problem.message() + (tasksNamed.isEmpty() ? "" : "; tasks: ");
        };
        return label + tasksNamed;
    }

    private ProjectScheduleSnapshot snapshot(UUID projectId, PlanAssembler.Network network, ProjectPlan plan,
                                             Map<UUID, TaskDates> computed, LocalDateTime start, LocalDateTime finish,
                                             Instant now) {
        List<ProjectScheduleSnapshot.Task> snapshotTasks = new ArrayList<>(network.tasks().size());
        for (Task t : PlanAssembler.outlineOrder(network.tasks())) {
            TaskDates d = computed.get(t.id);
            snapshotTasks.add(new ProjectScheduleSnapshot.Task(t.id, t.name, t.parentId, d.summary ? Boolean.TRUE : null,
                    t.milestone ? Boolean.TRUE : null, d.summary ? d.durationMinutes : t.durationMinutes, t.calendarId,
                    t.constraintType == ConstraintType.AS_SOON_AS_POSSIBLE ? null : t.constraintType.name(),
                    t.constraintType.needsDate() ? t.constraintDate : null,
                    t.percentComplete.signum() > 0 ? t.percentComplete.doubleValue() : null,
                    d.start, d.finish, d.totalSlackMinutes, d.critical, t.plannedCost));
        }
        List<ProjectScheduleSnapshot.Link> snapshotLinks = network.links().stream()
                .map(l -> new ProjectScheduleSnapshot.Link(l.predecessorId, l.successorId, l.type.name(), l.lagValue,
                        l.lagUnit.name()))
                .toList();
        return new ProjectScheduleSnapshot(projectId, start, finish, network.settings().defaultCalendarId, now,
                snapshotTasks, snapshotLinks);
    }

    private PlanAssembler.Network load(Project project) {
        return new PlanAssembler.Network(project, settings(project.id), calendars.ofProject(project.id),
                tasks.ofProject(project.id), links.ofProject(project.id));
    }

    /** The project's schedule settings, created (not yet persisted) when the project has none. */
    private ProjectSchedule settings(UUID projectId) {
        ProjectSchedule settings = schedules.findById(projectId);
        if (settings == null) {
            settings = ProjectSchedule.of(projectId);
            schedules.persist(settings);
        }
        return settings;
    }

    private Project project(UUID projectId) {
        return projects.require(projectId);
    }

    private Task taskOf(UUID projectId, UUID taskId) {
        return tasks.findInProject(projectId, taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    /** Applies the input's fields to the task after checking what only the service can; true when something changed. */
    private boolean apply(Task task, TaskInput in, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        UUID projectId = task.projectId;
        if (in.has("parentId") && in.parentId() != null) {
            if (in.parentId().equals(task.id)) {
                errors.add(FieldError.body("/parentId", "a task cannot be its own parent"));
            } else if (tasks.findInProject(projectId, in.parentId()).isEmpty()) {
                errors.add(FieldError.body("/parentId", "no task " + in.parentId() + " in this project"));
            }
        }
        if (in.has("calendarId") && in.calendarId() != null
                && calendars.findInProject(projectId, in.calendarId()).isEmpty()) {
            errors.add(FieldError.body("/calendarId", "no calendar " + in.calendarId() + " in this project"));
        }
        ConstraintType constraint = in.has("constraint")
                ? (in.constraintType() == null ? ConstraintType.AS_SOON_AS_POSSIBLE : in.constraintType())
                : task.constraintType;
        LocalDateTime constraintDate = in.has("constraint") ? in.constraintDate() : task.constraintDate;
        if (constraint.needsDate() && constraintDate == null) {
            errors.add(FieldError.body("/constraint/date", "a " + constraint + " constraint needs a date"));
        }
        boolean manual = in.has("manual") ? Boolean.TRUE.equals(in.manual()) : task.manual;
        LocalDateTime manualStart = in.has("manualStart") ? in.manualStart() : task.manualStart;
        LocalDateTime manualFinish = in.has("manualFinish") ? in.manualFinish() : task.manualFinish;
        if (manual && (manualStart == null || manualFinish == null)) {
            errors.add(FieldError.body(manualStart == null ? "/manualStart" : "/manualFinish",
                    "a manually scheduled task needs its start and finish"));
        } else if (manual && manualFinish.isBefore(manualStart)) {
            errors.add(FieldError.body("/manualFinish", "must not be before manualStart"));
        }
        if (in.has("progress")) {
            errors.addAll(ProgressRules.check("/progress", in.actualStart(), in.actualFinish(), in.percentComplete(),
                    in.remainingMinutes()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }

        boolean changed = false;
        if (in.has("name") && in.name() != null && !in.name().strip().equals(task.name)) {
            task.name = in.name().strip();
            changed = true;
        }
        if (in.has("parentId") && !Objects.equals(in.parentId(), task.parentId)) {
            task.parentId = in.parentId();
            changed = true;
        }
        if (in.has("durationMinutes") && in.durationMinutes() != null && in.durationMinutes() != task.durationMinutes) {
            task.durationMinutes = in.durationMinutes();
            changed = true;
        }
        if (in.has("milestone") && in.milestone() != null && in.milestone() != task.milestone) {
            task.milestone = in.milestone();
            changed = true;
        }
        if (manual != task.manual || !Objects.equals(manualStart, task.manualStart)
                || !Objects.equals(manualFinish, task.manualFinish)) {
            task.manual = manual;
            task.manualStart = manualStart;
            task.manualFinish = manualFinish;
            changed = true;
        }
        LocalDateTime storedConstraintDate = constraint.needsDate() ? constraintDate : null;
        if (constraint != task.constraintType || !Objects.equals(storedConstraintDate, task.constraintDate)) {
            task.constraintType = constraint;
            task.constraintDate = storedConstraintDate;
            changed = true;
        }
        if (in.has("deadline") && !Objects.equals(in.deadline(), task.deadline)) {
            task.deadline = in.deadline();
            changed = true;
        }
        if (in.has("calendarId") && !Objects.equals(in.calendarId(), task.calendarId)) {
            task.calendarId = in.calendarId();
            changed = true;
        }
        if (in.has("plannedCost") && !sameAmount(in.plannedCost(), task.plannedCost)) {
            task.plannedCost = in.plannedCost();
            changed = true;
        }
        if (in.has("progress")) {
            BigDecimal percent = ProgressRules.percent(in.percentComplete(), in.actualFinish());
            if (!Objects.equals(in.actualStart(), task.actualStart) || !Objects.equals(in.actualFinish(), task.actualFinish)
                    || percent.compareTo(task.percentComplete) != 0
                    || !Objects.equals(in.remainingMinutes(), task.remainingMinutes)) {
                task.actualStart = in.actualStart();
                task.actualFinish = in.actualFinish();
                task.percentComplete = percent;
                task.remainingMinutes = in.remainingMinutes();
                task.actualMinutes = null;
                changed = true;
            }
        }
        return changed || creating;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
