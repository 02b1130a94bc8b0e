package dev.gantry.projects.schedule.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.schedule.domain.Task;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    public List<Task> ofProject(UUID projectId) {
        return list("projectId = ?1 order by position, id", projectId);
    }

    public PageResponse<Task> page(UUID projectId, UUID parentId, PageRequest pageRequest) {
        PanacheQuery<Task> query = parentId == null
                ? find("projectId", pageRequest.sort(), projectId)
                : find("projectId = ?1 and parentId = ?2", pageRequest.sort(), projectId, parentId);
        return new PageResponse<>(query.page(pageRequest.panachePage()).list(), pageRequest.page(), pageRequest.size(),
                query.count());
    }

    public Optional<Task> findInProject(UUID projectId, UUID taskId) {
        return find("id = ?1 and projectId = ?2", taskId, projectId).firstResultOptional();
    }

    public long nextPosition(UUID projectId) {
        Long max = getEntityManager().createQuery("select max(t.position) from Task t where t.projectId = :p", Long.class)
                .setParameter("p", projectId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public boolean hasChildren(UUID taskId) {
        return count("parentId", taskId) > 0;
    }
}
