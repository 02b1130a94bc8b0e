package dev.gantry.projects.baseline.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.baseline.domain.Baseline;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BaselineRepository implements PanacheRepositoryBase<Baseline, UUID> {

    public Optional<Baseline> findInProject(UUID projectId, UUID baselineId) {
        return find("id = ?1 and projectId = ?2", baselineId, projectId).firstResultOptional();
    }

    public boolean nameTaken(UUID projectId, String name) {
        return count("projectId = ?1 and lower(name) = lower(?2)", projectId, name) > 0;
    }

    public boolean anyFor(UUID projectId) {
        return count("projectId", projectId) > 0;
    }

    public PageResponse<Baseline> page(UUID projectId, PageRequest pageRequest) {
        PanacheQuery<Baseline> query = find("projectId", pageRequest.sort(), projectId);
        return pageRequest.fetch(query);
    }
}
