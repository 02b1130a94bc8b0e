package dev.gantry.projects.schedule;

import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.PlanTask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A project's tasks in outline order, each also converted to the engine's model, and its dependencies converted:
 * kept with the network between edits so that an edit converts only what it touched instead of the whole plan (at
 * 10,000 tasks the conversion cost more than the engine). Tasks are held by position in their {@link Outline}, which
 * an edit of a task's own data keeps: the next parts then copy two arrays and replace the touched tasks, with no map
 * copied and no task looked up but those. Never changed once built. Dependencies keep the order of the network's
 * links, as a conversion of the whole network would give them.
 */
final class PlanParts {

    private final ByPosition<Task> tasks;
    private final PlanTask[] planTasks;
    private final Map<UUID, Dependency> links;

    private PlanParts(ByPosition<Task> tasks, PlanTask[] planTasks, Map<UUID, Dependency> links) {
        this.tasks = tasks;
        this.planTasks = planTasks;
        this.links = links;
    }

    /**
     * Converts the whole network. Every reference to a task (its own id, its subtasks' parent, the dependencies'
     * ends) is the same String instance, here and in the parts {@link #next} builds from these, so that the engine's
     * id look-ups compare references rather than characters (an edit of a 10,000-task plan does some 50,000).
     */
    static PlanParts of(Collection<Task> tasks, Collection<TaskLink> links) {
        Map<UUID, String> ids = new HashMap<>(tasks.size() * 2);
        tasks.forEach(t -> ids.put(t.id, t.id.toString()));
        Function<UUID, String> idOf = id -> ids.computeIfAbsent(id, UUID::toString);
        List<Task> ordered = PlanAssembler.outlineOrder(List.copyOf(tasks));
        Outline outline = Outline.of(ordered);
        Task[] byPosition = ordered.toArray(new Task[0]);
        PlanTask[] converted = new PlanTask[byPosition.length];
        for (int i = 0; i < byPosition.length; i++) {
            converted[i] = PlanAssembler.toPlanTask(byPosition[i], idOf);
        }
        Map<UUID, Dependency> dependencies = new LinkedHashMap<>(links.size() * 2);
        links.forEach(l -> dependencies.put(l.id, PlanAssembler.toDependency(l, idOf)));
        return new PlanParts(ByPosition.wrap(outline, byPosition), converted, dependencies);
    }

    /** The id String these parts use for a task, a new one only for a task they do not hold yet. */
    private Function<UUID, String> ids() {
        Map<UUID, String> fresh = new HashMap<>();
        return id -> {
            int position = tasks.outline().positionOf(id);
            return position >= 0 ? planTasks[position].id() : fresh.computeIfAbsent(id, UUID::toString);
        };
    }

    /**
     * The parts after a change: the touched tasks and links converted again (or dropped when gone). The outline is
     * kept unless a task was added, removed, or given another parent or position; otherwise it is worked out again,
     * and the untouched tasks keep their conversions.
     *
     * @param touchedTasks each touched task's id with the task after the change (an instance the change may modify,
     *                     never the one these parts hold), or with null when it was deleted
     */
    PlanParts next(Map<UUID, Task> touchedTasks, Map<UUID, TaskLink> linksAfter, Collection<UUID> touchedLinks) {
        Function<UUID, String> idOf = ids();
        Map<UUID, Dependency> dependencies = touchedLinks.isEmpty() ? links : new LinkedHashMap<>(links);
        for (UUID id : touchedLinks) {
            TaskLink now = linksAfter.get(id);
            if (now == null) {
                dependencies.remove(id);
            } else {
                dependencies.put(id, PlanAssembler.toDependency(now, idOf));
            }
        }
        Outline outline = tasks.outline();
        if (!changesOutline(touchedTasks)) {
            if (touchedTasks.isEmpty()) {
                return new PlanParts(tasks, planTasks, dependencies);
            }
            Map<UUID, Task> replaced = new HashMap<>();
            PlanTask[] converted = planTasks.clone();
            touchedTasks.forEach((id, now) -> {
                if (now != null) {
                    replaced.put(id, now);
                    converted[outline.positionOf(id)] = PlanAssembler.toPlanTask(now, idOf);
                }
            });
            return new PlanParts(tasks.with(replaced), converted, dependencies);
        }
        List<Task> after = new ArrayList<>(outline.size() + touchedTasks.size());
        for (int i = 0; i < outline.size(); i++) {
            Task kept = tasks.at(i);
            Task now = touchedTasks.containsKey(kept.id) ? touchedTasks.get(kept.id) : kept;
            if (now != null) {
                after.add(now);
            }
        }
        touchedTasks.forEach((id, now) -> {
            if (now != null && outline.positionOf(id) < 0) {
                after.add(now);
            }
        });
        List<Task> ordered = PlanAssembler.outlineOrder(after);
        Task[] byPosition = ordered.toArray(new Task[0]);
        PlanTask[] converted = new PlanTask[byPosition.length];
        for (int i = 0; i < byPosition.length; i++) {
            Task t = byPosition[i];
            int was = outline.positionOf(t.id);
            converted[i] = was >= 0 && !touchedTasks.containsKey(t.id) ? planTasks[was]
                    : PlanAssembler.toPlanTask(t, idOf);
        }
        return new PlanParts(ByPosition.wrap(Outline.of(ordered), byPosition), converted, dependencies);
    }

    /** Whether a touched task was added, removed, or moved to another parent or position. */
    private boolean changesOutline(Map<UUID, Task> touchedTasks) {
        for (Map.Entry<UUID, Task> e : touchedTasks.entrySet()) {
            Task was = tasks.get(e.getKey());
            Task now = e.getValue();
            if (was == null || now == null) {
                if (was != now) {
                    return true;
                }
            } else if (!Objects.equals(was.parentId, now.parentId) || was.position != now.position) {
                return true;
            }
        }
        return false;
    }

    /** True when these parts have the outline of {@code other}: no task was added, removed or moved in between. */
    boolean sameOutline(PlanParts other) {
        return other != null && outline() == other.outline();
    }

    /** The same parts with these tasks converted again (their progress was derived after scheduling). */
    PlanParts refresh(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return this;
        }
        Function<UUID, String> idOf = ids();
        PlanTask[] converted = planTasks.clone();
        taskIds.forEach(id -> {
            int position = outline().positionOf(id);
            if (position >= 0) {
                converted[position] = PlanAssembler.toPlanTask(tasks.at(position), idOf);
            }
        });
        return new PlanParts(tasks, converted, links);
    }

    /** The tasks by id, in outline order. */
    ByPosition<Task> tasks() {
        return tasks;
    }

    /** The converted tasks in outline order: the order of the engine's result. */
    List<PlanTask> tasksInOutlineOrder() {
        return Collections.unmodifiableList(Arrays.asList(planTasks));
    }

    /**
     * The tasks' outline: the order of {@link #tasksInOutlineOrder} and of the engine's result. The same instance in
     * the parts {@link #next} builds while no task is added, removed or moved.
     */
    Outline outline() {
        return tasks.outline();
    }

    Collection<Dependency> dependencies() {
        return links.values();
    }
}
