package dev.gantry.projects.schedule.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.schedule.domain.Task;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    public List<Task> ofProject(UUID projectId) {
        return list("projectId = ?1 order by position, id", projectId);
    }

    /** A page of the project's tasks (of one parent's when given), read-only. */
    public PageResponse<Task> page(UUID projectId, UUID parentId, PageRequest pageRequest) {
        String where = parentId == null ? " where t.projectId = :p" : " where t.projectId = :p and t.parentId = :parent";
        String sorted = pageRequest.orderBy("t");
        String order = " order by " + (sorted.isEmpty() ? "" : sorted + ", ") + "t.id";
        TypedQuery<Task> rows = getEntityManager().createQuery("select t from Task t" + where + order, Task.class);
        TypedQuery<Long> count = getEntityManager().createQuery("select count(t) from Task t" + where, Long.class);
        rows.setParameter("p", projectId);
        count.setParameter("p", projectId);
        if (parentId != null) {
            rows.setParameter("parent", parentId);
            count.setParameter("parent", parentId);
        }
        List<Task> items = rows.setHint(HibernateHints.HINT_READ_ONLY, true)
                .setFirstResult(pageRequest.offset()).setMaxResults(pageRequest.size()).getResultList();
        return new PageResponse<>(items, pageRequest.page(), pageRequest.size(), count.getSingleResult());
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
