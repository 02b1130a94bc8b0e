package dev.gantry.projects.schedule;

import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.PlanTask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A project's tasks and dependencies already converted to the engine's model, with the tasks' outline order: kept
 * with the network between edits so that an edit converts only what it touched instead of the whole plan (at 10,000
 * tasks the conversion cost more than the engine). Never changed once built; {@link #next} builds the parts after a
 * change from a copy. Dependencies keep the order of the network's links, as a conversion of the whole network
 * would give them.
 */
final class PlanParts {

    private final Map<UUID, PlanTask> tasks;
    private final List<UUID> outline;
    private final Map<UUID, Dependency> links;

    private PlanParts(Map<UUID, PlanTask> tasks, List<UUID> outline, Map<UUID, Dependency> links) {
        this.tasks = tasks;
        this.outline = outline;
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
        Map<UUID, PlanTask> planTasks = new HashMap<>(tasks.size() * 2);
        tasks.forEach(t -> planTasks.put(t.id, PlanAssembler.toPlanTask(t, idOf)));
        Map<UUID, Dependency> dependencies = new LinkedHashMap<>(links.size() * 2);
        links.forEach(l -> dependencies.put(l.id, PlanAssembler.toDependency(l, idOf)));
        return new PlanParts(planTasks, outline(tasks), dependencies);
    }

    /** The id String these parts use for a task, a new one only for a task they do not hold yet. */
    private Function<UUID, String> ids() {
        Map<UUID, String> fresh = new HashMap<>();
        return id -> {
            PlanTask known = tasks.get(id);
            return known != null ? known.id() : fresh.computeIfAbsent(id, UUID::toString);
        };
    }

    /**
     * The parts after a change: the touched tasks and links converted again (or dropped when gone), the outline
     * order worked out again only when a task was added, removed, moved to another parent or another position.
     *
     * @param before the tasks the parts were built from, by id (instances the change did not modify)
     * @param after  the tasks after the change, in position order
     */
    PlanParts next(Map<UUID, Task> before, Map<UUID, Task> after, Collection<UUID> touchedTasks,
                   Map<UUID, TaskLink> linksAfter, Collection<UUID> touchedLinks) {
        Function<UUID, String> idOf = ids();
        Map<UUID, PlanTask> planTasks = new HashMap<>(tasks);
        boolean structural = false;
        for (UUID id : touchedTasks) {
            Task now = after.get(id);
            Task was = before.get(id);
            if (now == null) {
                structural |= planTasks.remove(id) != null;
                continue;
            }
            planTasks.put(id, PlanAssembler.toPlanTask(now, idOf));
            structural |= was == null || !Objects.equals(was.parentId, now.parentId) || was.position != now.position;
        }
        Map<UUID, Dependency> dependencies = touchedLinks.isEmpty() ? links : new LinkedHashMap<>(links);
        for (UUID id : touchedLinks) {
            TaskLink now = linksAfter.get(id);
            if (now == null) {
                dependencies.remove(id);
            } else {
                dependencies.put(id, PlanAssembler.toDependency(now, idOf));
            }
        }
        return new PlanParts(planTasks, structural ? outline(after.values()) : outline, dependencies);
    }

    /** True when these parts have the outline of {@code other}: no task was added, removed or moved in between. */
    boolean sameOutline(PlanParts other) {
        return other != null && outline == other.outline;
    }

    /** The same parts with these tasks converted again (their progress was derived after scheduling). */
    PlanParts refresh(Collection<UUID> taskIds, Map<UUID, Task> tasksById) {
        Function<UUID, String> idOf = ids();
        Map<UUID, PlanTask> planTasks = new HashMap<>(tasks);
        taskIds.forEach(id -> {
            Task t = tasksById.get(id);
            if (t != null) {
                planTasks.put(id, PlanAssembler.toPlanTask(t, idOf));
            }
        });
        return new PlanParts(planTasks, outline, links);
    }

    List<PlanTask> tasksInOutlineOrder() {
        List<PlanTask> ordered = new ArrayList<>(outline.size());
        outline.forEach(id -> ordered.add(tasks.get(id)));
        return ordered;
    }

    /**
     * The tasks' ids in outline order: the order of {@link #tasksInOutlineOrder} and of the engine's result. The same
     * instance in the parts {@link #next} builds while no task is added, removed or moved.
     */
    List<UUID> outline() {
        return outline;
    }

    Collection<Dependency> dependencies() {
        return links.values();
    }

    private static List<UUID> outline(Collection<Task> tasks) {
        return PlanAssembler.outlineOrder(List.copyOf(tasks)).stream().map(t -> t.id).toList();
    }
}
