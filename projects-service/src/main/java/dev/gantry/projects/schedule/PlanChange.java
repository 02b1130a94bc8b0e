package dev.gantry.projects.schedule;

import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.TaskDates;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One change to a project's plan, made while holding the project's schedule lock: the use cases record here what
 * they touched, and {@link Rescheduler#change} recomputes the schedule once at the end, writes the computed rows
 * that changed and publishes only the change. Many edits in one change (a template, an import, a bulk progress
 * report) give one recomputation and one schedule version.
 */
public final class PlanChange {

    private final Project project;
    private final ProjectSchedule settings;
    private final Set<UUID> tasks = new LinkedHashSet<>();
    private final Set<UUID> links = new LinkedHashSet<>();
    private Set<UUID> progressed;
    private boolean calendars;
    private boolean settingsChanged;
    private Map<UUID, TaskDates> computed = Map.of();

    PlanChange(Project project, ProjectSchedule settings) {
        this.project = project;
        this.settings = settings;
    }

    public Project project() {
        return project;
    }

    public UUID projectId() {
        return project.id;
    }

    /** The project's schedule settings, locked for this change. */
    public ProjectSchedule settings() {
        return settings;
    }

    /** A task was created, changed or deleted. */
    public void taskChanged(UUID taskId) {
        tasks.add(taskId);
    }

    /** A dependency was created, changed or deleted. */
    public void linkChanged(UUID linkId) {
        links.add(linkId);
    }

    /** A calendar was created, changed or deleted, or the project's default calendar changed. */
    public void calendarsChanged() {
        calendars = true;
        settingsChanged = true;
    }

    /** The schedule settings (status date, project start) changed: recompute even if no task did. */
    public void settingsChanged() {
        settingsChanged = true;
    }

    /**
     * Progress was reported on the task: after the recomputation, MS Project's derivations apply to it and it is
     * listed in TaskProgressReported.
     */
    public void progressReported(UUID taskId) {
        if (progressed == null) {
            progressed = new LinkedHashSet<>();
        }
        progressed.add(taskId);
        tasks.add(taskId);
    }

    /**
     * Publishes TaskProgressReported after this change even if no task's progress changed (a new status date
     * reports the progress of every task that has some, and none when none has).
     */
    public void reportProgress() {
        if (progressed == null) {
            progressed = new LinkedHashSet<>();
        }
    }

    /** The computed dates of a task after the change (or before it, when nothing was recomputed). */
    public TaskDates dates(UUID taskId) {
        return computed.get(taskId);
    }

    /** The computed dates of every task after the change. */
    public Map<UUID, TaskDates> computed() {
        return Collections.unmodifiableMap(computed);
    }

    boolean isEmpty() {
        return tasks.isEmpty() && links.isEmpty() && !calendars && !settingsChanged && progressed == null;
    }

    Set<UUID> tasks() {
        return tasks;
    }

    Set<UUID> links() {
        return links;
    }

    boolean calendarsTouched() {
        return calendars;
    }

    Set<UUID> progressed() {
        return progressed;
    }

    void computed(Map<UUID, TaskDates> computed) {
        this.computed = computed;
    }
}
