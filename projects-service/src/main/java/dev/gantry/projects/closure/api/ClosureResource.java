package dev.gantry.projects.closure.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.projects.closure.ClosureService;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.util.UUID;

@Path("/api/projects/{projectId}/closure")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Project closure")
public class ClosureResource {

    private final ClosureService service;
    private final IdempotentRequests idempotency;

    ClosureResource(ClosureService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Where the project's closure stands",
            description = "Members, admins and the PMO. The latest closure attempt: PENDING (with the participants it"
                    + " still waits for), COMPLETED (the project is CLOSED), FAILED or TIMED_OUT (with the reason;"
                    + " request the closure again). 404 when no closure has been requested.")
    @APIResponse(responseCode = "200", description = "The latest closure; ETag is the closure's own version",
            content = @Content(schema = @Schema(implementation = ClosureResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project, not a member, or no closure requested yet")
    public Response get(@PathParam("projectId") UUID projectId) {
        ClosureService.View view = service.current(projectId);
        return Response.ok(ClosureMapper.toResponse(view)).tag(etag(view)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request the closure of the project",
            description = "The project's managers, admins and the PMO; If-Match with the project's ETag is required."
                    + " From EXECUTING the project moves to CLOSING (ProjectStatusChanged); from CLOSING a new attempt"
                    + " starts when none is pending (after a FAILED or TIMED_OUT one). Publishes"
                    + " ProjectClosureRequested: resources-service releases the allocations, risk-service closes or"
                    + " transfers the open risks, reporting-service produces the final report. The project becomes"
                    + " CLOSED when all three have answered COMPLETED; follow it with GET. Send an Idempotency-Key to"
                    + " retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClosureRequest.class),
            examples = {
                    @ExampleObject(name = "close risks", value = "{\"reason\": \"All deliverables accepted\"}"),
                    @ExampleObject(name = "transfer risks", value = "{\"reason\": \"Handed over to operations\","
                            + " \"riskDisposition\": \"TRANSFER\", \"riskTransferTarget\": \"IT operations risk"
                            + " register\"}")}))
    @APIResponse(responseCode = "202", description = "Closure started; Location is the closure",
            content = @Content(schema = @Schema(implementation = ClosureResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, e.g. TRANSFER without riskTransferTarget")
    @APIResponse(responseCode = "409", description = "The project is not EXECUTING or CLOSING, or a closure is pending")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the project")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response request(@PathParam("projectId") UUID projectId,
                            @Parameter(description = "The project's ETag", required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Parameter(description = "Any unique string (e.g. a UUID) identifying this request for safe retries")
                            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                            @Valid ClosureRequest body,
                            UriInfo uri) {
        ClosureRequest request = body == null ? new ClosureRequest(null, null, null) : body;
        return idempotency.execute(idempotencyKey, "POST /api/projects/" + projectId + "/closure", request, () -> {
            ClosureService.View view = service.request(projectId, ifMatch,
                    new ClosureService.Command(request.reason(), request.riskDisposition(),
                            request.riskTransferTarget()));
            return Response.accepted(ClosureMapper.toResponse(view))
                    .location(uri.getAbsolutePath())
                    .tag(etag(view))
                    .build();
        });
    }

    private static EntityTag etag(ClosureService.View view) {
        return EntityTag.valueOf(ETags.of(view.closure().version()));
    }
}
