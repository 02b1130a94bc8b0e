package dev.gantry.projects.schedule.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.schedule.domain.TaskDates;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TaskDatesRepository implements PanacheRepositoryBase<TaskDates, UUID> {

    public List<TaskDates> ofProject(UUID projectId) {
        return list("projectId", projectId);
    }
}
