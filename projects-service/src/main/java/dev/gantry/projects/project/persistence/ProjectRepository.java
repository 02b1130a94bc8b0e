package dev.gantry.projects.project.persistence;

import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.persistence.Like;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.domain.ProjectStatus;
import dev.gantry.projects.project.domain.ProjectType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /** Filters of the project list; null means "any". {@code visibleTo} null means every project. */
    public record Filter(String visibleTo, ProjectType type, ProjectStatus status, String nameContains) {
    }

    /** The project, or "not found" (the same answer a non-member gets). */
    public Project require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundException("Project", id));
    }

    /** The project with its row locked until the transaction ends, or "not found". */
    public Project requireForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new NotFoundException("Project", id));
    }

    public PageResponse<Project> search(Filter filter, PageRequest pageRequest) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.visibleTo() != null) {
            conditions.add("id in (select m.projectId from ProjectMembership m where m.userId = :user)");
            parameters.put("user", filter.visibleTo());
        }
        if (filter.type() != null) {
            conditions.add("type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            conditions.add("lower(name) like :name escape '\\'");
            parameters.put("name", Like.containing(filter.nameContains()));
        }
        String query = String.join(" and ", conditions);
        PanacheQuery<Project> results = query.isEmpty()
                ? findAll(pageRequest.sort())
                : find(query, pageRequest.sort(), parameters);
        return pageRequest.fetch(results);
    }
}
