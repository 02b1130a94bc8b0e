package dev.gantry.resources.allocation.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.patch.Patch;
import dev.gantry.resources.allocation.AllocationService;
import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.people.Periods;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/resources/projects/{projectId}/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Allocations")
public class AllocationResource {

    private final AllocationService service;
    private final AllocationMapper mapper;
    private final IdempotentRequests idempotency;

    AllocationResource(AllocationService service, AllocationMapper mapper, IdempotentRequests idempotency) {
        this.service = service;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List the project's allocations",
            description = "Members of the project (who is on it, when and how much), resource managers, admins and the"
                    + " PMO. By first day; from and to keep those that touch the period.")
    public List<AllocationResponse> list(@PathParam("projectId") UUID projectId,
                                         @Parameter(description = "Allocations ending on or after this day", example = "2027-03-01")
                                         @QueryParam("from") LocalDate from,
                                         @Parameter(description = "Allocations starting on or before this day", example = "2027-06-30")
                                         @QueryParam("to") LocalDate to) {
        Periods.requireOrdered(from, to);
        return mapper.toResponses(service.ofProject(projectId, from, to));
    }

    @GET
    @Path("/{allocationId}")
    @Operation(summary = "Read an allocation", description = "As the list.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AllocationResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("allocationId") UUID allocationId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Allocation allocation = service.get(projectId, allocationId);
        if (ETags.notModified(ifNoneMatch, allocation.version)) {
            return Response.notModified().tag(etag(allocation)).build();
        }
        return Response.ok(mapper.toResponse(allocation)).tag(etag(allocation)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allocate a person to the project",
            description = "The project's manager, resource managers (on any project) and admins. Not possible once the"
                    + " project is closed or cancelled (409). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Allocated; Location names the allocation",
            content = @Content(schema = @Schema(implementation = AllocationResponse.class)))
    public Response add(@PathParam("projectId") UUID projectId,
                        @Parameter(description = "Any unique string (e.g. a UUID) identifying this request for safe retries")
                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                        @NotNull @Valid AllocationRequest body,
                        UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/resources/projects/" + projectId + "/allocations", body,
                () -> {
                    Allocation allocation = service.add(projectId, AllocationMapper.toDetails(body));
                    return Response.created(uri.getAbsolutePathBuilder().path(allocation.id.toString()).build())
                            .tag(etag(allocation))
                            .entity(mapper.toResponse(allocation))
                            .build();
                });
    }

    @PATCH
    @Path("/{allocationId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change an allocation",
            description = "As adding one. JSON merge patch; requires If-Match with the allocation's ETag.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AllocationResponse.class)))
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("allocationId") UUID allocationId,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid UpdateAllocationRequest body) {
        Allocation allocation = service.update(projectId, allocationId, ifMatch, AllocationMapper.toDetails(body),
                Patch.presentMembers(body));
        return Response.ok(mapper.toResponse(allocation)).tag(etag(allocation)).build();
    }

    @DELETE
    @Path("/{allocationId}")
    @Operation(summary = "Remove an allocation",
            description = "As adding one. Requires If-Match with the allocation's ETag.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("projectId") UUID projectId, @PathParam("allocationId") UUID allocationId,
                       @Parameter(description = "The ETag of the allocation", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(projectId, allocationId, ifMatch);
    }


    private static EntityTag etag(Allocation allocation) {
        return EntityTag.valueOf(ETags.of(allocation.version));
    }
}
