package dev.gantry.projects.stakeholder.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.persistence.Like;
import dev.gantry.projects.stakeholder.domain.Quadrant;
import dev.gantry.projects.stakeholder.domain.Stakeholder;
import dev.gantry.projects.stakeholder.domain.StakeholderKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StakeholderRepository implements PanacheRepositoryBase<Stakeholder, UUID> {

    /** Filters of the register; null means "any". */
    public record Filter(StakeholderKind kind, Quadrant quadrant, String nameContains) {
    }

    public Optional<Stakeholder> findInProject(UUID projectId, UUID stakeholderId) {
        return find("id = ?1 and projectId = ?2", stakeholderId, projectId).firstResultOptional();
    }

    public PageResponse<Stakeholder> search(UUID projectId, Filter filter, PageRequest pageRequest) {
        List<String> conditions = new ArrayList<>(List.of("projectId = :project"));
        Map<String, Object> parameters = new HashMap<>(Map.of("project", projectId));
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.quadrant() != null) {
            String influence = switch (filter.quadrant()) {
                case MANAGE_CLOSELY, KEEP_SATISFIED -> "influence >= :high";
                case KEEP_INFORMED, MONITOR -> "influence < :high";
            };
            String interest = switch (filter.quadrant()) {
                case MANAGE_CLOSELY, KEEP_INFORMED -> "interest >= :high";
                case KEEP_SATISFIED, MONITOR -> "interest < :high";
            };
            conditions.add(influence + " and " + interest);
            parameters.put("high", Quadrant.HIGH);
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            conditions.add("(lower(name) like :text escape '\\' or lower(coalesce(organisation, '')) like :text escape '\\')");
            parameters.put("text", Like.containing(filter.nameContains()));
        }
        PanacheQuery<Stakeholder> results = find(String.join(" and ", conditions), pageRequest.sort().and("id"),
                parameters);
        return pageRequest.fetch(results);
    }
}
