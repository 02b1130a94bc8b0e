package dev.gantry.reporting.audit.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.reporting.audit.domain.AuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    public PageResponse<AuditEntry> ofProject(UUID projectId, PageRequest pageRequest) {
        PanacheQuery<AuditEntry> query = find("projectId", pageRequest.sort(), projectId);
        return pageRequest.fetch(query);
    }
}
