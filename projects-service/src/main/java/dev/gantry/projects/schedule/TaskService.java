package dev.gantry.projects.schedule;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.projects.schedule.domain.TaskOrigin;
import dev.gantry.projects.schedule.domain.TaskView;
import dev.gantry.projects.schedule.persistence.CalendarRepository;
import dev.gantry.projects.schedule.persistence.LinkRepository;
import dev.gantry.projects.schedule.persistence.TaskRepository;
import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.scheduling.model.WorkContour;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Use cases on a project's tasks (its WBS). Each public change runs as one {@link PlanChange}; the variants that take
 * a change let a larger use case (a template, an action item) add tasks to a change of its own.
 */
@ApplicationScoped
@Transactional
public class TaskService {

    private final TaskRepository tasks;
    private final LinkRepository links;
    private final CalendarRepository calendars;
    private final ComputedDates dates;
    private final Rescheduler rescheduler;
    private final ProjectAuthorizer authorizer;
    private final Clock clock;
    private final TaskPages pages;
    private final EntityManager em;

    TaskService(TaskRepository tasks, LinkRepository links, CalendarRepository calendars, ComputedDates dates,
                Rescheduler rescheduler, ProjectAuthorizer authorizer, Clock clock, TaskPages pages,
                EntityManager em) {
        this.tasks = tasks;
        this.links = links;
        this.calendars = calendars;
        this.dates = dates;
        this.rescheduler = rescheduler;
        this.authorizer = authorizer;
        this.clock = clock;
        this.pages = pages;
        this.em = em;
    }

    public TaskView createTask(UUID projectId, TaskInput input) {
        return createTask(projectId, input, null);
    }

    /** Adds a task that was agreed as an action item of a meeting ({@code origin}, or null for none). */
    public TaskView createTask(UUID projectId, TaskInput input, TaskOrigin origin) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Rescheduler.Changed<Task> created = rescheduler.change(projectId, change -> createTask(change, input, origin));
        return new TaskView(created.value(), created.dates(created.value().id));
    }

    /** Adds a task as part of a larger change (authorised by its caller). */
    public Task createTask(PlanChange change, TaskInput input, TaskOrigin origin) {
        UUID projectId = change.projectId();
        Task task = Task.create(projectId, change.nextPosition(() -> tasks.nextPosition(projectId)), input.name(),
                clock.instant());
        apply(task, input, true);
        if (origin != null) {
            task.originMeetingId = origin.meetingId();
            task.originActionItemId = origin.actionItemId();
        }
        tasks.persist(task);
        tasks.flush();
        if (input.has("progress")) {
            change.progressReported(task.id);
        } else {
            change.taskChanged(task.id);
        }
        return task;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskView task(UUID projectId, UUID taskId) {
        authorizer.require(projectId, ProjectPermission.READ);
        Task task = taskOf(projectId, taskId);
        return new TaskView(task, dates.of(projectId, taskId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TaskView> listTasks(UUID projectId, UUID parentId, PageRequest pageRequest) {
        authorizer.require(projectId, ProjectPermission.READ);
        ProjectSchedule settings = em.find(ProjectSchedule.class, projectId);
        TaskPages.Key key = settings == null ? null : new TaskPages.Key(projectId, settings.scheduleVersion, parentId,
                pageRequest.page(), pageRequest.size(), pageRequest.orderBy("t"));
        PageResponse<TaskView> kept = key == null ? null : pages.get(key);
        if (kept != null) {
            return kept;
        }
        PageResponse<Task> page = tasks.page(projectId, parentId, pageRequest);
        Map<UUID, TaskDates> computed = dates.of(projectId, page.items().stream().map(t -> t.id).toList());
        PageResponse<TaskView> listed = page.map(t -> new TaskView(t, computed.get(t.id)));
        if (key != null) {
            pages.put(key, listed);
        }
        return listed;
    }

    public TaskView updateTask(UUID projectId, UUID taskId, String ifMatch, TaskInput input) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Rescheduler.Changed<Task> updated = rescheduler.change(projectId, change -> {
            Task task = taskOf(projectId, taskId);
            ETags.requireMatch(ifMatch, task.version);
            if (apply(task, input, false)) {
                task.updatedAt = clock.instant();
                tasks.flush();
                if (input.has("progress")) {
                    change.progressReported(task.id);
                } else {
                    change.taskChanged(task.id);
                }
            }
            return task;
        });
        return new TaskView(updated.value(), updated.dates(taskId));
    }

    /** Deletes a task and its dependencies; a summary task must be emptied first. */
    public void deleteTask(UUID projectId, UUID taskId, String ifMatch) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        rescheduler.change(projectId, change -> {
            Task task = taskOf(projectId, taskId);
            ETags.requireMatch(ifMatch, task.version);
            if (tasks.hasChildren(taskId)) {
                throw new ConflictException("Task '" + task.name + "' has subtasks",
                        List.of("Delete its subtasks or move them to another parent first"));
            }
            for (TaskLink link : links.touching(taskId)) {
                links.delete(link);
                change.linkChanged(link.id);
            }
            tasks.delete(task);
            tasks.flush();
            change.taskChanged(taskId);
            return null;
        });
    }

    Task taskOf(UUID projectId, UUID taskId) {
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
        if (in.has("workContours") && in.workContours() != null) {
            Set<String> assigned = task.assignments.stream().map(WorkAssignment::resourceId)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            for (int i = 0; i < in.workContours().size(); i++) {
                String resource = in.workContours().get(i).resourceId();
                if (!assigned.contains(resource)) {
                    errors.add(FieldError.body("/workContours/" + i + "/resourceId", assigned.isEmpty()
                            ? "the task has no work assignments"
                            : "no work assignment of resource '" + resource + "' on this task; it has " + assigned));
                }
            }
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
            task.blankRow = false;
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
            task.blankRow &= manual; // auto-scheduled, it is an ordinary task
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
        if (in.has("levelingDelay")) {
            long minutes = in.levelingDelayMinutes() == null ? 0 : in.levelingDelayMinutes();
            boolean elapsed = minutes == 0 || !Boolean.FALSE.equals(in.levelingDelayElapsed());
            if (minutes != task.levelingDelayMinutes || elapsed != task.levelingDelayElapsed) {
                task.levelingDelayMinutes = minutes;
                task.levelingDelayElapsed = elapsed;
                changed = true;
            }
        }
        if (in.has("workContours") && in.workContours() != null) {
            // The last change named for a resource wins, as in a JSON merge.
            Map<String, WorkContour> byResource = new HashMap<>();
            in.workContours().forEach(c -> byResource.put(c.resourceId(), c.contour()));
            List<WorkAssignment> contoured = task.assignments.stream()
                    .map(a -> byResource.containsKey(a.resourceId()) ? a.withContour(byResource.get(a.resourceId())) : a)
                    .toList();
            if (!contoured.equals(task.assignments)) {
                task.assignments = contoured;
                changed = true;
            }
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
