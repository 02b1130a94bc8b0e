package dev.gantry.projects.baseline;

import dev.gantry.contracts.EventPages;
import dev.gantry.contracts.project.BaselineDeleted;
import dev.gantry.contracts.project.BaselineSaved;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.baseline.domain.Baseline;
import dev.gantry.projects.baseline.domain.BaselineTask;
import dev.gantry.projects.baseline.domain.PlannedCosts;
import dev.gantry.projects.baseline.domain.Variance;
import dev.gantry.projects.baseline.persistence.BaselineRepository;
import dev.gantry.projects.baseline.persistence.BaselineTaskRepository;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.persistence.ProjectRepository;
import dev.gantry.projects.schedule.ComputedDates;
import dev.gantry.projects.schedule.PlanAssembler;
import dev.gantry.projects.schedule.ScheduleService;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;
import dev.gantry.projects.schedule.persistence.ProjectScheduleRepository;
import dev.gantry.projects.schedule.persistence.TaskRepository;
import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.Seconds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Named baselines of a project's schedule and the variance of the current schedule against them. Saving and deleting
 * is for the project's managers (and admins, the PMO); every member may read. Both publish an event.
 */
@ApplicationScoped
@Transactional
public class BaselineService {

    /** A baseline with its tasks in outline order. */
    public record BaselineView(Baseline baseline, List<BaselineTask> tasks) {
    }

    /** The variance against a baseline, and the project's current budget currency. */
    public record VarianceView(Baseline baseline, String currency, Variance variance) {
    }

    private final BaselineRepository baselines;
    private final BaselineTaskRepository baselineTasks;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final ComputedDates dates;
    private final ProjectScheduleRepository schedules;
    private final ScheduleService scheduleService;
    private final ProjectAuthorizer authorizer;
    private final EventPublisher events;
    private final Clock clock;

    BaselineService(BaselineRepository baselines, BaselineTaskRepository baselineTasks, ProjectRepository projects,
                    TaskRepository tasks, ComputedDates dates, ProjectScheduleRepository schedules,
                    ScheduleService scheduleService, ProjectAuthorizer authorizer, EventPublisher events, Clock clock) {
        this.baselines = baselines;
        this.baselineTasks = baselineTasks;
        this.projects = projects;
        this.tasks = tasks;
        this.dates = dates;
        this.schedules = schedules;
        this.scheduleService = scheduleService;
        this.authorizer = authorizer;
        this.events = events;
        this.clock = clock;
    }

    /** Saves every task's current dates, duration and planned cost under a name unique in the project. */
    public BaselineView save(UUID projectId, String name, String description) {
        authorizer.require(projectId, ProjectPermission.MANAGE);
        // Locked so that two saves of the same name cannot both pass the uniqueness check.
        Project project = projects.requireForUpdate(projectId);
        if (project.status.isFinished()) {
            throw new ConflictException("The project is " + project.status + "; it can no longer be baselined",
                    List.of("Baselines of closed or cancelled projects are kept as they were"));
        }
        String cleanName = name.strip();
        if (baselines.nameTaken(projectId, cleanName)) {
            throw new ConflictException("The project already has a baseline named '" + cleanName + "'",
                    List.of("Choose another name, or delete the existing baseline first"));
        }
        List<Task> outline = PlanAssembler.outlineOrder(tasks.ofProject(projectId));
        if (outline.isEmpty()) {
            throw new ConflictException("The project has no tasks to baseline",
                    List.of("Add the project's tasks first; a baseline records their dates, durations and costs"));
        }
        Map<UUID, TaskDates> computed = dates.of(project.id);
        Map<UUID, BigDecimal> costs = PlannedCosts.rollUp(outline);
        ProjectSchedule settings = schedules.findById(projectId);
        Instant now = clock.instant();

        Baseline baseline = new Baseline();
        baseline.id = UUID.randomUUID();
        baseline.projectId = projectId;
        baseline.name = cleanName;
        baseline.description = description == null || description.isBlank() ? null : description.strip();
        baseline.start = settings.start;
        baseline.finish = settings.finish;
        baseline.totalPlannedCost = PlannedCosts.total(outline);
        baseline.currency = project.budgetCurrency;
        baseline.taskCount = outline.size();
        baseline.createdAt = now;
        baseline.createdBy = authorizer.userId();
        baselines.persist(baseline);

        List<BaselineTask> saved = new ArrayList<>(outline.size());
        for (int i = 0; i < outline.size(); i++) {
            Task t = outline.get(i);
            TaskDates d = computed.get(t.id);
            BaselineTask b = new BaselineTask();
            b.id = UUID.randomUUID();
            b.baselineId = baseline.id;
            b.taskId = t.id;
            b.position = i;
            b.parentId = t.parentId;
            b.name = t.name;
            b.wbs = d.wbs;
            b.summary = d.summary;
            b.milestone = t.milestone;
            b.start = d.start;
            b.finish = d.finish;
            b.durationMinutes = d.durationMinutes;
            b.plannedCost = costs.get(t.id);
            saved.add(b);
        }
        baselineTasks.persist(saved);
        baselines.flush();
        List<List<BaselineSaved.Task>> pages = EventPages.split(saved.stream()
                .map(b -> new BaselineSaved.Task(b.taskId, b.name, b.wbs, b.parentId, b.summary, b.milestone, b.start,
                        b.finish, b.durationMinutes, b.plannedCost))
                .toList());
        for (int i = 0; i < pages.size(); i++) {
            events.publish(new BaselineSaved(projectId, baseline.id, baseline.name, baseline.description,
                    baseline.start, baseline.finish, baseline.totalPlannedCost, baseline.currency, pages.get(i), now,
                    i + 1, pages.size()));
        }
        return new BaselineView(baseline, saved);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Baseline> list(UUID projectId, PageRequest page) {
        authorizer.require(projectId, ProjectPermission.READ);
        projects.require(projectId);
        return baselines.page(projectId, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BaselineView get(UUID projectId, UUID baselineId) {
        authorizer.require(projectId, ProjectPermission.READ);
        Baseline baseline = find(projectId, baselineId);
        return new BaselineView(baseline, baselineTasks.ofBaseline(baselineId));
    }

    public void delete(UUID projectId, UUID baselineId, String ifMatch) {
        authorizer.require(projectId, ProjectPermission.MANAGE);
        Baseline baseline = find(projectId, baselineId);
        ETags.requireMatch(ifMatch, baseline.version);
        Project project = projects.require(projectId);
        project.requireOpenFor("its baselines", "Baselines of closed or cancelled projects are kept as they were");
        baselineTasks.deleteOf(baselineId);
        baselines.delete(baseline);
        events.publish(new BaselineDeleted(projectId, baselineId, baseline.name, clock.instant()));
    }

    /** The current schedule against the baseline, per task and for the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VarianceView variance(UUID projectId, UUID baselineId) {
        authorizer.require(projectId, ProjectPermission.READ);
        Baseline baseline = find(projectId, baselineId);
        PlanAssembler.Network network = scheduleService.network(projectId);
        List<Task> outline = PlanAssembler.outlineOrder(network.tasks());
        Map<UUID, TaskDates> computed = dates.of(projectId);
        Map<UUID, BigDecimal> costs = PlannedCosts.rollUp(outline);
        List<Variance.Current> current = outline.stream()
                .map(t -> new Variance.Current(t, computed.get(t.id), costs.get(t.id))).toList();
        CalendarTimeline calendar = PlanAssembler.projectCalendar(network);
        ProjectSchedule settings = network.settings();
        Variance variance = Variance.of(baseline, baselineTasks.ofBaseline(baselineId), current,
                settings.start == null ? baseline.start : settings.start,
                settings.finish == null ? baseline.finish : settings.finish, PlannedCosts.total(outline),
                (from, to) -> Seconds.toMinutes(calendar.workBetween(Seconds.of(from), Seconds.of(to))));
        return new VarianceView(baseline, network.project().budgetCurrency, variance);
    }

    private Baseline find(UUID projectId, UUID baselineId) {
        projects.require(projectId);
        return baselines.findInProject(projectId, baselineId)
                .orElseThrow(() -> new NotFoundException("Baseline", baselineId));
    }
}
