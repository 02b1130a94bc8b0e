package dev.gantry.resources.allocation.persistence;

import dev.gantry.resources.allocation.domain.ImportedAssignment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImportedAssignmentRepository implements PanacheRepositoryBase<ImportedAssignment, UUID> {

    /** The project's imported assignments, newest import first, then by task name and resource. */
    public List<ImportedAssignment> ofProject(UUID projectId) {
        return list("projectId = ?1 order by createdAt desc, taskName, resourceName, id", projectId);
    }

    /** The project's matched assignments still waiting for their tasks' dates. */
    public List<ImportedAssignment> waiting(UUID projectId) {
        return list("projectId = ?1 and status = ?2 order by createdAt, id", projectId,
                ImportedAssignment.Status.MATCHED);
    }
}
