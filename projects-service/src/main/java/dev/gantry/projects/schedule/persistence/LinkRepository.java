package dev.gantry.projects.schedule.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.schedule.domain.TaskLink;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LinkRepository implements PanacheRepositoryBase<TaskLink, UUID> {

    public List<TaskLink> ofProject(UUID projectId) {
        return list("projectId = ?1 order by createdAt, id", projectId);
    }

    public PageResponse<TaskLink> page(UUID projectId, UUID taskId, PageRequest pageRequest) {
        PanacheQuery<TaskLink> query = taskId == null
                ? find("projectId", pageRequest.sort(), projectId)
                : find("projectId = ?1 and (predecessorId = ?2 or successorId = ?2)", pageRequest.sort(), projectId, taskId);
        return pageRequest.fetch(query);
    }

    public Optional<TaskLink> findInProject(UUID projectId, UUID linkId) {
        return find("id = ?1 and projectId = ?2", linkId, projectId).firstResultOptional();
    }

    public boolean exists(UUID predecessorId, UUID successorId) {
        return count("predecessorId = ?1 and successorId = ?2", predecessorId, successorId) > 0;
    }

    /** The dependencies into or out of the task. */
    public List<TaskLink> touching(UUID taskId) {
        return list("predecessorId = ?1 or successorId = ?1", taskId);
    }
}
