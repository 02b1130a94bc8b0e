package dev.gantry.projects.baseline.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.baseline.BaselineService;
import dev.gantry.projects.baseline.domain.Baseline;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/projects/{projectId}/baselines")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Baselines", description = "Named copies of the schedule and the variance of the current schedule against"
        + " them")
public class BaselineResource {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    private final BaselineService service;
    private final IdempotentRequests idempotency;

    BaselineResource(BaselineService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a baseline",
            description = "Project managers, admins and the PMO. Saves every task's current start, finish, duration,"
                    + " planned cost (a summary task's includes its subtasks'), milestone flag, WBS and name, and the"
                    + " project's start, finish and total planned cost. Names are unique per project, ignoring case"
                    + " (409). A project without tasks, closed or cancelled cannot be baselined (409). A saved baseline"
                    + " meets the PLANNING → EXECUTING gate criterion BASELINE. Publishes BaselineSaved. Send an"
                    + " Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BaselineRequest.class),
            examples = @ExampleObject(name = "approved", value = "{\"name\": \"Approved plan\", \"description\":"
                    + " \"Plan approved by the steering committee on 26 February\"}")))
    @APIResponse(responseCode = "201", description = "Saved, with its tasks; Location names it",
            content = @Content(schema = @Schema(implementation = BaselineResponse.class)))
    public Response save(@PathParam("projectId") UUID projectId,
                         @Parameter(description = "Any unique string identifying this request for safe retries")
                         @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                         @NotNull @Valid BaselineRequest body, UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/projects/" + projectId + "/baselines", body, () -> {
            BaselineService.BaselineView saved = service.save(projectId, body.name(), body.description());
            return Response.created(uri.getAbsolutePathBuilder().path(saved.baseline().id.toString()).build())
                    .tag(etag(saved.baseline())).entity(BaselineMapper.toResponse(saved)).build();
        });
    }

    @GET
    @Operation(summary = "List the project's baselines", description = "Members, admins and the PMO. Paged; without"
            + " their tasks (read one baseline for them). Newest first by default.")
    public PageResponse<BaselineResponse> list(
            @PathParam("projectId") UUID projectId,
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "field,asc|desc; fields: name, createdAt (default createdAt,desc)")
            @QueryParam("sort") List<String> sort) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "createdAt,desc");
        return service.list(projectId, pageRequest).map(b -> BaselineMapper.toResponse(b, null));
    }

    @GET
    @Path("/{baselineId}")
    @Operation(summary = "Read a baseline with its tasks", description = "Members, admins and the PMO.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BaselineResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("baselineId") UUID baselineId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        BaselineService.BaselineView view = service.get(projectId, baselineId);
        if (ETags.notModified(ifNoneMatch, view.baseline().version)) {
            return Response.notModified().tag(etag(view.baseline())).build();
        }
        return Response.ok(BaselineMapper.toResponse(view)).tag(etag(view.baseline())).build();
    }

    @DELETE
    @Path("/{baselineId}")
    @Operation(summary = "Delete a baseline",
            description = "Project managers, admins and the PMO. Requires If-Match with the baseline's ETag. Publishes"
                    + " BaselineDeleted. A project in EXECUTING keeps its state even without baselines.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("projectId") UUID projectId, @PathParam("baselineId") UUID baselineId,
                       @Parameter(description = "The ETag of the baseline", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(projectId, baselineId, ifMatch);
    }

    @GET
    @Path("/{baselineId}/variance")
    @Operation(summary = "Compare the current schedule with a baseline",
            description = "Members, admins and the PMO. Per task: start, finish and duration variance (working minutes"
                    + " and working days of 8 hours), cost variance, and a status (ON_TRACK, SLIPPED, AHEAD, ADDED,"
                    + " REMOVED) judged by the finish; for the project: start and finish variance, cost variance and"
                    + " the number of tasks in each status. Every variance is current minus baseline.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VarianceResponse.class)))
    public VarianceResponse variance(@PathParam("projectId") UUID projectId, @PathParam("baselineId") UUID baselineId) {
        BaselineService.VarianceView view = service.variance(projectId, baselineId);
        return BaselineMapper.toResponse(view.baseline(), view.currency(), view.variance());
    }

    private static EntityTag etag(Baseline baseline) {
        return EntityTag.valueOf(ETags.of(baseline.version));
    }
}
