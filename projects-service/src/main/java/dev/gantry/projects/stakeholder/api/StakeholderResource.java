package dev.gantry.projects.stakeholder.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.patch.Patch;
import dev.gantry.projects.stakeholder.StakeholderService;
import dev.gantry.projects.stakeholder.domain.Quadrant;
import dev.gantry.projects.stakeholder.domain.Stakeholder;
import dev.gantry.projects.stakeholder.domain.StakeholderKind;
import dev.gantry.projects.stakeholder.persistence.StakeholderRepository;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/projects/{projectId}/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Stakeholder register")
public class StakeholderResource {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "interest", "interest",
            "influence", "influence", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final StakeholderService service;
    private final IdempotentRequests idempotency;

    StakeholderResource(StakeholderService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List the project's stakeholders",
            description = "Members, admins and the PMO. Paged and sorted; filter by kind, power/interest quadrant or"
                    + " text in the name or organisation.")
    public PageResponse<StakeholderResponse> list(
            @PathParam("projectId") UUID projectId,
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "field,asc|desc; fields: name, interest, influence, createdAt, updatedAt")
            @QueryParam("sort") List<String> sort,
            @QueryParam("kind") StakeholderKind kind,
            @QueryParam("quadrant") Quadrant quadrant,
            @Parameter(description = "Part of the name or organisation, case-insensitive")
            @Size(max = 200) @QueryParam("q") String q) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "name,asc");
        return service.list(projectId, new StakeholderRepository.Filter(kind, quadrant, q), pageRequest)
                .map(StakeholderMapper::toResponse);
    }

    @GET
    @Path("/{stakeholderId}")
    @Operation(summary = "Read a stakeholder")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StakeholderResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("stakeholderId") UUID stakeholderId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Stakeholder stakeholder = service.get(projectId, stakeholderId);
        if (ETags.notModified(ifNoneMatch, stakeholder.version)) {
            return Response.notModified().tag(etag(stakeholder)).build();
        }
        return Response.ok(StakeholderMapper.toResponse(stakeholder)).tag(etag(stakeholder)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a stakeholder",
            description = "Members with write access (MANAGER, MEMBER), admins and the PMO. Send an Idempotency-Key"
                    + " to retry safely. Not possible once the project is closed or cancelled (409). Publishes"
                    + " StakeholderAdded.")
    @APIResponse(responseCode = "201", description = "Added; Location names the entry",
            content = @Content(schema = @Schema(implementation = StakeholderResponse.class)))
    public Response add(@PathParam("projectId") UUID projectId,
                        @Parameter(description = "Any unique string (e.g. a UUID) identifying this request for safe retries")
                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                        @NotNull @Valid StakeholderRequest body,
                        UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/projects/" + projectId + "/stakeholders", body, () -> {
            Stakeholder stakeholder = service.add(projectId, StakeholderMapper.toDetails(body));
            return Response.created(uri.getAbsolutePathBuilder().path(stakeholder.id.toString()).build())
                    .tag(etag(stakeholder))
                    .entity(StakeholderMapper.toResponse(stakeholder))
                    .build();
        });
    }

    @PATCH
    @Path("/{stakeholderId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a stakeholder",
            description = "JSON merge patch: absent fields stay as they are, null clears an optional field. Requires"
                    + " If-Match with the entry's ETag. Publishes StakeholderUpdated when something changed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StakeholderResponse.class)))
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("stakeholderId") UUID stakeholderId,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid UpdateStakeholderRequest body) {
        Stakeholder stakeholder = service.update(projectId, stakeholderId, ifMatch,
                StakeholderMapper.toDetails(body), Patch.presentMembers(body));
        return Response.ok(StakeholderMapper.toResponse(stakeholder)).tag(etag(stakeholder)).build();
    }

    @DELETE
    @Path("/{stakeholderId}")
    @Operation(summary = "Remove a stakeholder",
            description = "Requires If-Match with the entry's ETag. Publishes StakeholderRemoved.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("projectId") UUID projectId, @PathParam("stakeholderId") UUID stakeholderId,
                       @Parameter(description = "The ETag of the entry", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(projectId, stakeholderId, ifMatch);
    }

    private static EntityTag etag(Stakeholder stakeholder) {
        return EntityTag.valueOf(ETags.of(stakeholder.version));
    }
}
