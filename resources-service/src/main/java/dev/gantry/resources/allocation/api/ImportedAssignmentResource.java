package dev.gantry.resources.allocation.api;

import dev.gantry.resources.allocation.AllocationService;
import dev.gantry.resources.allocation.domain.ImportedAssignment;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/resources/projects/{projectId}/imported-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Allocations")
public class ImportedAssignmentResource {

    @Schema(name = "ImportedAssignment", description = "A resource the imported plan assigned to a task, and what became"
            + " of it: ALLOCATED (allocationId names the allocation), MATCHED (a person was found; the allocation waits"
            + " for the task's dates), UNMATCHED (no person has the resource's email address or name) or AMBIGUOUS"
            + " (several people have its name)")
    public record Response(
            UUID id,
            @Schema(description = "Identifies the import") UUID importId,
            UUID taskId,
            @Schema(example = "Migrate the ERP database") String taskName,
            @Schema(description = "As the file names the resource", example = "Aisha Khan") String resourceName,
            @Schema(example = "aisha.khan@example.com") String resourceEmail,
            @Schema(description = "Percent of the resource's time in the file", example = "50") BigDecimal units,
            @Schema(example = "2400") long workMinutes,
            @Schema(example = "ALLOCATED") ImportedAssignment.Status status,
            UUID personId,
            UUID allocationId,
            @Schema(description = "Why", example = "Matched by email address to Aisha Khan") String note,
            Instant createdAt) {
    }

    private final AllocationService service;

    ImportedAssignmentResource(AllocationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List what became of the assignments of the plans imported into the project",
            description = "As the project's allocations are read. Newest import first; the unmatched and ambiguous"
                    + " ones are the resources of the file that no person of this service answers to.")
    public List<Response> list(@PathParam("projectId") UUID projectId) {
        return service.importedAssignments(projectId).stream().map(a -> new Response(a.id, a.importId, a.taskId,
                a.taskName, a.resourceName, a.resourceEmail, a.units, a.workMinutes, a.status, a.personId,
                a.allocationId, a.note, a.createdAt)).toList();
    }
}
