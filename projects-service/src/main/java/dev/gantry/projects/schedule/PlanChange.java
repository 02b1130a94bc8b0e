package dev.gantry.projects.schedule;

import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.TaskDates;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

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
    /** The highest task position of the network this change started from; null when not known. */
    private LongSupplier lastPosition;
    /** Tasks created in this change so far, and the position given to the last of them. */
    private int created;
    private long lastCreated;

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

    /**
     * The position of a task created in this change: after every task of the project. It follows from the network the
     * change started from while every task the change touched so far was one it created (no query: the common case
     * of a task added on its own, or a template's tasks one after the other). Otherwise, as after a task was edited
     * or deleted in the same change, it is what {@code fromRows} reads from the stored rows. Changes of one project
     * are serialised, so no other writer can take the position meanwhile.
     */
    public long nextPosition(LongSupplier fromRows) {
        long next;
        if (lastPosition != null && created == tasks.size()) {
            next = (created == 0 ? lastPosition.getAsLong() : lastCreated) + 1;
        } else {
            next = fromRows.getAsLong();
        }
        created++;
        lastCreated = next;
        return next;
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

    /** Where the network this change started from ends: its highest task position, 0 without tasks (read lazily). */
    void positionsUpTo(LongSupplier lastPosition) {
        this.lastPosition = lastPosition;
    }

    void computed(Map<UUID, TaskDates> computed) {
        this.computed = computed;
    }
}
