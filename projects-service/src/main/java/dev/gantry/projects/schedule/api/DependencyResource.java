package dev.gantry.projects.schedule.api;

import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.schedule.DependencyService;
import dev.gantry.projects.schedule.domain.TaskLink;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/projects/{projectId}/dependencies")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Dependencies", description = "Links between the project's tasks")
public class DependencyResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "type", "type");

    private final DependencyService service;
    private final IdempotentRequests idempotency;

    DependencyResource(DependencyService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link two tasks",
            description = "400 when a task is not in the project; 409 when the link would close a cycle (the problem"
                    + " names the tasks of the cycle) or the tasks are already linked. The schedule is recomputed.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DependencyResponse.class)))
    public Response create(@PathParam("projectId") UUID projectId,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid DependencyRequest body, UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/projects/" + projectId + "/dependencies", body, () -> {
            TaskLink link = service.createLink(projectId, body.predecessorId(), body.successorId(), body.type(),
                    ScheduleMapper.value(body.lag()), ScheduleMapper.unit(body.lag()));
            return Response.created(uri.getAbsolutePathBuilder().path(link.id.toString()).build())
                    .tag(TaskResource.etag(link.version)).entity(ScheduleMapper.toResponse(link)).build();
        });
    }

    @GET
    @Operation(summary = "List the project's dependencies", description = "Paged; taskId keeps those of one task.")
    public PageResponse<DependencyResponse> list(@PathParam("projectId") UUID projectId,
                                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                                 @Parameter(description = "field,asc|desc; fields: createdAt, type")
                                                 @QueryParam("sort") List<String> sort,
                                                 @Parameter(description = "Only links from or to this task")
                                                 @QueryParam("taskId") UUID taskId) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "createdAt,asc");
        return service.listLinks(projectId, taskId, pageRequest).map(ScheduleMapper::toResponse);
    }

    @GET
    @Path("/{dependencyId}")
    @Operation(summary = "Read a dependency")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DependencyResponse.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("dependencyId") UUID dependencyId) {
        TaskLink link = service.link(projectId, dependencyId);
        return Response.ok(ScheduleMapper.toResponse(link)).tag(TaskResource.etag(link.version)).build();
    }

    @DELETE
    @Path("/{dependencyId}")
    @Operation(summary = "Remove a dependency", description = "Requires If-Match. The schedule is recomputed.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("projectId") UUID projectId, @PathParam("dependencyId") UUID dependencyId,
                       @Parameter(description = "The ETag of the dependency", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteLink(projectId, dependencyId, ifMatch);
    }
}
