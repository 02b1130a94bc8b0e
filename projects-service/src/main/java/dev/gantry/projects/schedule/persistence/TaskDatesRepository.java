package dev.gantry.projects.schedule.persistence;

import dev.gantry.projects.schedule.domain.TaskDates;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TaskDatesRepository implements PanacheRepositoryBase<TaskDates, UUID> {

    /** The computed dates of the project's tasks, by task id. */
    public Map<UUID, TaskDates> byTask(UUID projectId) {
        Map<UUID, TaskDates> byTask = new HashMap<>();
        list("projectId", projectId).forEach(d -> byTask.put(d.taskId, d));
        return byTask;
    }
}
