package dev.gantry.reporting.audit.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.reporting.audit.domain.AuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    /** Which entries of a project: by actor, of these types (empty: any), that occurred in [from, to) (null: open). */
    public record Filter(UUID projectId, String actor, Set<String> types, Instant from, Instant to) {

        String where(Map<String, Object> parameters) {
            StringBuilder where = new StringBuilder("projectId = :project");
            parameters.put("project", projectId);
            if (actor != null) {
                where.append(" and actor = :actor");
                parameters.put("actor", actor);
            }
            if (!types.isEmpty()) {
                where.append(" and type in :types");
                parameters.put("types", types);
            }
            if (from != null) {
                where.append(" and occurredAt >= :from");
                parameters.put("from", from);
            }
            if (to != null) {
                where.append(" and occurredAt < :to");
                parameters.put("to", to);
            }
            return where.toString();
        }
    }

    public PageResponse<AuditEntry> page(Filter filter, PageRequest pageRequest) {
        Map<String, Object> parameters = new HashMap<>();
        PanacheQuery<AuditEntry> query = find(filter.where(parameters), pageRequest.sort(), parameters);
        return pageRequest.fetch(query);
    }

    /** Every entry the filter selects, in the sort's order, at most {@code limit}. */
    public List<AuditEntry> all(Filter filter, Sort sort, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        return find(filter.where(parameters), sort, parameters).range(0, limit - 1).list();
    }
}
