package dev.gantry.reporting.audit.api;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.reporting.audit.persistence.AuditRepository;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/reports/projects/{projectId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Audit trail")
public class AuditResource {

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "type", "type");

    private final AuditRepository entries;
    private final ProjectAuthorizer authorizer;

    AuditResource(AuditRepository entries, ProjectAuthorizer authorizer) {
        this.entries = entries;
        this.authorizer = authorizer;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The project's audit trail",
            description = "Every event about the project with the user who caused it, newest first by default.")
    public PageResponse<AuditEntryResponse> list(@PathParam("projectId") UUID projectId,
                                                 @QueryParam("page") Integer page,
                                                 @QueryParam("size") Integer size,
                                                 @QueryParam("sort") List<String> sort) {
        authorizer.require(projectId, ProjectPermission.READ);
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "occurredAt,desc");
        return entries.ofProject(projectId, pageRequest).map(entry -> new AuditEntryResponse(entry.eventId,
                entry.type, entry.source, entry.actor, entry.occurredAt, entry.recordedAt));
    }
}
