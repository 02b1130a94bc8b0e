package dev.gantry.projects.schedule;

import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.TaskDates;
import dev.gantry.projects.schedule.persistence.TaskDatesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the computed dates of a project's tasks as of its current schedule version: from the network this replica
 * keeps when it holds that version, otherwise from the stored segments. The maps answered are not to be changed.
 */
@ApplicationScoped
public class ComputedDates {

    private final EntityManager em;
    private final NetworkCache cache;
    private final TaskDatesRepository dates;

    ComputedDates(EntityManager em, NetworkCache cache, TaskDatesRepository dates) {
        this.em = em;
        this.cache = cache;
        this.dates = dates;
    }

    /** Every task's computed dates, by task id (empty before the first computation). */
    public Map<UUID, TaskDates> of(UUID projectId) {
        ProjectSchedule settings = em.find(ProjectSchedule.class, projectId);
        if (settings == null) {
            return Map.of();
        }
        return cache.at(projectId, settings.scheduleVersion)
                .map(state -> Collections.unmodifiableMap(state.dates()))
                .orElseGet(() -> dates.byTask(projectId));
    }

    /** The computed dates of these tasks, by task id (a task not yet computed is missing). */
    public Map<UUID, TaskDates> of(UUID projectId, Collection<UUID> taskIds) {
        ProjectSchedule settings = em.find(ProjectSchedule.class, projectId);
        if (settings == null || taskIds.isEmpty()) {
            return Map.of();
        }
        return cache.at(projectId, settings.scheduleVersion)
                .map(state -> {
                    Map<UUID, TaskDates> wanted = new HashMap<>();
                    taskIds.forEach(id -> {
                        TaskDates d = state.dates().get(id);
                        if (d != null) {
                            wanted.put(id, d);
                        }
                    });
                    return wanted;
                })
                .orElseGet(() -> dates.ofTasks(projectId, taskIds, settings.dateSegments));
    }

    /** One task's computed dates, or null before its first computation. */
    public TaskDates of(UUID projectId, UUID taskId) {
        return of(projectId, java.util.List.of(taskId)).get(taskId);
    }
}
