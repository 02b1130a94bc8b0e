package dev.gantry.projects.progress;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.progress.domain.ProgressSummary;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.persistence.ProjectRepository;
import dev.gantry.projects.schedule.ComputedDates;
import dev.gantry.projects.schedule.PlanAssembler;
import dev.gantry.projects.schedule.PlanChange;
import dev.gantry.projects.schedule.ProgressRules;
import dev.gantry.projects.schedule.Rescheduler;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;
import dev.gantry.projects.schedule.persistence.ProjectScheduleRepository;
import dev.gantry.projects.schedule.persistence.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Progress of a project: its status date, progress reported in bulk, and the summary of how far it is. Every change
 * recomputes the schedule in the same transaction (ScheduleChanged, snapshot) and publishes TaskProgressReported.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    /**
     * One task's reported progress. Only the fields named in {@code present} change (null there clears);
     * {@code version}, when given, must be the task's current version.
     */
    public record ProgressUpdate(UUID taskId, Long version, Set<String> present, LocalDateTime actualStart,
                                 LocalDateTime actualFinish, BigDecimal percentComplete, Long remainingMinutes) {
    }

    /** The summary, and the version of the project's schedule settings (the ETag of the progress resource). */
    public record SummaryView(UUID projectId, ProgressSummary summary, long version) {
    }

    /** A task after a progress report, with its computed dates. */
    public record ReportedTask(Task task, TaskDates dates) {
    }

    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final ComputedDates dates;
    private final ProjectScheduleRepository schedules;
    private final Rescheduler rescheduler;
    private final ProjectAuthorizer authorizer;
    private final Clock clock;

    ProgressService(ProjectRepository projects, TaskRepository tasks, ComputedDates dates,
                    ProjectScheduleRepository schedules, Rescheduler rescheduler, ProjectAuthorizer authorizer,
                    Clock clock) {
        this.projects = projects;
        this.tasks = tasks;
        this.dates = dates;
        this.schedules = schedules;
        this.rescheduler = rescheduler;
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SummaryView summary(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        projects.require(projectId);
        return summaryOf(projectId, schedules.findById(projectId));
    }

    /**
     * Sets (or, with null, clears) the project's status date. Needs If-Match with the progress resource's ETag (the
     * version of the schedule settings, which every recomputation advances). Recomputes the schedule and reports the
     * progress of every task that has some, as of the new date.
     */
    public SummaryView setStatusDate(UUID projectId, String ifMatch, LocalDateTime statusDate) {
        authorizer.require(projectId, ProjectPermission.MANAGE);
        Project project = projects.require(projectId);
        ProjectSchedule current = schedules.findById(projectId);
        ETags.requireMatch(ifMatch, current == null ? 0 : current.version);
        requireOpen(project);
        if (statusDate != null && statusDate.toLocalDate().isBefore(project.startDate)) {
            throw new ValidationException(FieldError.body("/statusDate",
                    "must not be before the project's start date " + project.startDate));
        }
        if (current != null && Objects.equals(current.statusDate, statusDate)) {
            return summaryOf(projectId, current);
        }
        ProjectSchedule settings = rescheduler.change(projectId, change -> {
            // Checked again under the schedule lock: another writer may have recomputed since the first check.
            ETags.requireMatch(ifMatch, change.settings().version);
            change.settings().statusDate = statusDate;
            change.settingsChanged();
            change.reportProgress();
            tasks.ofProject(projectId).stream().filter(Task::hasProgress).forEach(t -> change.progressReported(t.id));
            return change.settings();
        }).value();
        schedules.flush();
        return summaryOf(projectId, settings);
    }

    /**
     * Applies many tasks' progress at once: all or nothing, one recomputation, one set of events. Errors point at the
     * offending update ({@code /updates/3/percentComplete}).
     */
    public List<ReportedTask> report(UUID projectId, List<ProgressUpdate> updates) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Project project = projects.require(projectId);
        requireOpen(project);
        Map<UUID, Task> byId = new HashMap<>();
        Rescheduler.Changed<Void> reported = rescheduler.change(projectId, change -> {
            validateAndApply(projectId, updates, byId, change);
            return null;
        });
        return updates.stream().map(u -> new ReportedTask(byId.get(u.taskId()), reported.dates(u.taskId()))).toList();
    }

    /** Checks the whole report under the schedule lock, then applies it; nothing is applied when anything is wrong. */
    private void validateAndApply(UUID projectId, List<ProgressUpdate> updates, Map<UUID, Task> byId,
                                  PlanChange change) {
        tasks.ofProject(projectId).forEach(t -> byId.put(t.id, t));
        Set<UUID> summaries = new HashSet<>();
        byId.values().forEach(t -> {
            if (t.parentId != null) {
                summaries.add(t.parentId);
            }
        });

        List<FieldError> errors = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            ProgressUpdate u = updates.get(i);
            String at = "/updates/" + i;
            Task task = byId.get(u.taskId());
            if (task == null) {
                errors.add(FieldError.body(at + "/taskId", "no task " + u.taskId() + " in this project"));
                continue;
            }
            if (!seen.add(u.taskId())) {
                errors.add(FieldError.body(at + "/taskId", "the task appears more than once in this report"));
                continue;
            }
            if (summaries.contains(task.id)) {
                errors.add(FieldError.body(at + "/taskId", "'" + task.name + "' is a summary task; its progress"
                        + " rolls up from its subtasks, report theirs"));
                continue;
            }
            LocalDateTime actualStart = value(u, "actualStart", u.actualStart(), task.actualStart);
            LocalDateTime actualFinish = value(u, "actualFinish", u.actualFinish(), task.actualFinish);
            BigDecimal sent = u.present().contains("percentComplete") ? u.percentComplete() : effectivePercent(u, task);
            BigDecimal percent = ProgressRules.percent(sent, actualFinish);
            Long remaining = remaining(u, task, percent);
            errors.addAll(ProgressRules.check(at, actualStart, actualFinish, sent, remaining));
            resolved.add(new Resolved(task, actualStart, actualFinish, percent, remaining));
            if (u.version() != null && u.version() != task.version) {
                stale.add(at + ": task '" + task.name + "' is at version " + task.version + ", not " + u.version());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!stale.isEmpty()) {
            throw new ConflictException(stale.size() == 1 ? "A task was changed since you read it"
                    : stale.size() + " tasks were changed since you read them", stale);
        }

        for (Resolved r : resolved) {
            Task task = r.task();
            if (r.percent().compareTo(task.percentComplete) != 0 || !Objects.equals(r.actualStart(), task.actualStart)
                    || !Objects.equals(r.actualFinish(), task.actualFinish)
                    || !Objects.equals(r.remaining(), task.remainingMinutes)) {
                task.actualStart = r.actualStart();
                task.actualFinish = r.actualFinish();
                task.percentComplete = r.percent();
                task.remainingMinutes = r.remaining();
                task.actualMinutes = null;
                task.updatedAt = clock.instant();
            }
            change.progressReported(task.id);
        }
        tasks.flush();
    }

    /** An update checked and resolved against the task's current progress, ready to apply. */
    private record Resolved(Task task, LocalDateTime actualStart, LocalDateTime actualFinish, BigDecimal percent,
                            Long remaining) {
    }

    /** Without percentComplete in the update: 100 when the update sets an actual finish, else the task's. */
    private static BigDecimal effectivePercent(ProgressUpdate u, Task task) {
        if (u.present().contains("actualFinish") && u.actualFinish() != null) {
            return ProgressRules.HUNDRED;
        }
        return task.percentComplete;
    }

    /** Remaining work as sent, else the task's; a task completed by this update without it sent has none left. */
    private static Long remaining(ProgressUpdate u, Task task, BigDecimal percent) {
        if (u.present().contains("remainingMinutes")) {
            return u.remainingMinutes();
        }
        return percent.compareTo(ProgressRules.HUNDRED) == 0 ? null : task.remainingMinutes;
    }

    private static <T> T value(ProgressUpdate u, String field, T given, T current) {
        return u.present().contains(field) ? given : current;
    }

    private SummaryView summaryOf(UUID projectId, ProjectSchedule settings) {
        Map<UUID, TaskDates> computed = dates.of(projectId);
        List<ProgressSummary.Scheduled> scheduled = PlanAssembler.outlineOrder(tasks.ofProject(projectId)).stream()
                .map(t -> new ProgressSummary.Scheduled(t, computed.get(t.id))).toList();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new SummaryView(projectId, ProgressSummary.of(scheduled, settings == null ? null : settings.statusDate,
                now), settings == null ? 0 : settings.version);
    }

    private static void requireOpen(Project project) {
        project.requireOpenFor("its progress", "Closed or cancelled projects keep their last reported progress");
    }
}
