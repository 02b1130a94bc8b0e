package dev.gantry.risk.register.api;

import dev.gantry.platform.text.Texts;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.patch.Patch;
import dev.gantry.risk.register.HeatMapService;
import dev.gantry.risk.register.ResponseService;
import dev.gantry.risk.register.RiskService;
import dev.gantry.risk.register.RiskView;
import dev.gantry.risk.register.domain.RiskAction;
import dev.gantry.risk.register.domain.RiskMatrix;
import dev.gantry.risk.register.domain.RiskStatus;
import dev.gantry.risk.register.persistence.RiskRepository;
import dev.gantry.risk.register.MatrixService;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/risks/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Risk register")
public class RiskResource {

    private static final String WHO_READS = "Members of the project (viewers too), risk managers, the PMO and admins.";
    private static final String WHO_WRITES = "The project's managers and members, risk managers, the PMO and admins;"
            + " viewers get 403.";

    private final RiskService risks;
    private final ResponseService responses;
    private final HeatMapService heatMaps;
    private final MatrixService matrices;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    RiskResource(RiskService risks, ResponseService responses, HeatMapService heatMaps, MatrixService matrices,
                 IdempotentRequests idempotency, Clock clock) {
        this.risks = risks;
        this.responses = responses;
        this.heatMaps = heatMaps;
        this.matrices = matrices;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @GET
    @Path("/risks")
    @Operation(summary = "List the project's risks", description = WHO_READS + " Filters combine; by number unless"
            + " sort says otherwise (number, title, status, proximity, updatedAt, nextReviewOn).")
    public PageResponse<RiskResponse> list(@PathParam("projectId") UUID projectId,
                                           @Parameter(description = "Only risks in this status") @QueryParam("status") RiskStatus status,
                                           @Parameter(description = "true: not CLOSED; false: CLOSED") @QueryParam("open") Boolean open,
                                           @Parameter(example = "DATA_MIGRATION") @QueryParam("category") @Size(max = 40) String category,
                                           @Parameter(example = "crm") @QueryParam("tag") @Size(max = 40) String tag,
                                           @Parameter(example = "dana.lee") @QueryParam("owner") @Size(max = 200) String owner,
                                           @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                           @QueryParam("sort") List<String> sort) {
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "number");
        RiskRepository.Filter filter = new RiskRepository.Filter(status, open,
                category == null ? null : category.strip().toUpperCase(Locale.ROOT),
                tag == null ? null : tag.strip().toLowerCase(Locale.ROOT), owner);
        LocalDate today = today();
        return risks.list(projectId, filter, request).map(v -> RegisterMapper.toResponse(v, today));
    }

    @POST
    @Path("/risks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Identify a risk", description = WHO_WRITES + " It gets the next key of the project (R-1,"
            + " R-2, …), status IDENTIFIED, and is announced as RiskRaised (and RiskAssessed when it comes scored)."
            + " Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Identified; Location names the risk",
            content = @Content(schema = @Schema(implementation = RiskResponse.class)))
    public Response identify(@PathParam("projectId") UUID projectId,
                             @Parameter(description = "Any unique string identifying this request for safe retries")
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                             @NotNull @Valid RiskRequest body, UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/risks/projects/" + projectId + "/risks", body, () -> {
            RiskView view = risks.identify(projectId, RegisterMapper.toDetails(body));
            return Response.created(uri.getAbsolutePathBuilder().path(view.risk().id.toString()).build())
                    .tag(etag(view.risk().version)).entity(RegisterMapper.toResponse(view, today())).build();
        });
    }

    @GET
    @Path("/risks/{riskId}")
    @Operation(summary = "Read a risk", description = WHO_READS)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RiskResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        RiskView view = risks.get(projectId, riskId);
        if (ETags.notModified(ifNoneMatch, view.risk().version)) {
            return Response.notModified().tag(etag(view.risk().version)).build();
        }
        return Response.ok(RegisterMapper.toResponse(view, today())).tag(etag(view.risk().version)).build();
    }

    @PATCH
    @Path("/risks/{riskId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a risk", description = WHO_WRITES + " JSON merge patch; requires If-Match with the"
            + " risk's ETag. Changing a score or an impact needs scoreReason: the change is kept in the score history"
            + " and announced as RiskAssessed. The status changes through transitions.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RiskResponse.class)))
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid RiskPatch body) {
        RiskView view = risks.update(projectId, riskId, ifMatch, RegisterMapper.toDetails(body),
                Patch.presentMembers(body), body.scoreReason());
        return Response.ok(RegisterMapper.toResponse(view, today())).tag(etag(view.risk().version)).build();
    }

    @DELETE
    @Path("/risks/{riskId}")
    @Operation(summary = "Remove a risk entered by mistake", description = WHO_WRITES + " Only while IDENTIFIED (409"
            + " otherwise: close it instead, so its history stays). Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
                       @Parameter(description = "The ETag of the risk", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        risks.remove(projectId, riskId, ifMatch);
    }

    @POST
    @Path("/risks/{riskId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a risk to another status", description = WHO_WRITES + " IDENTIFIED → ASSESSED (needs"
            + " probability and impact) → RESPONDING → MONITORING → CLOSED; any open risk may become OCCURRED, which"
            + " opens an issue in the project's issue log; a closed risk may be reopened into MONITORING. A move the"
            + " table does not allow is 409 naming the reachable statuses. Requires If-Match; announced as"
            + " RiskStatusChanged.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RiskResponse.class)))
    public Response transition(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
                               @Parameter(description = "The ETag of the risk", required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid RegisterRequests.Transition body) {
        RiskView view = risks.transition(projectId, riskId, ifMatch, body.to(), body.reason());
        return Response.ok(RegisterMapper.toResponse(view, today())).tag(etag(view.risk().version)).build();
    }

    @GET
    @Path("/risks/{riskId}/score-history")
    @Operation(summary = "A risk's score history", description = WHO_READS + " Every change of its scores and"
            + " impacts, oldest first, with who and why; labels and levels by the current matrix.")
    public List<RegisterResponses.ScoreChange> scoreHistory(@PathParam("projectId") UUID projectId,
                                                            @PathParam("riskId") UUID riskId) {
        RiskMatrix matrix = matrices.current();
        return risks.scoreHistory(projectId, riskId).stream().map(c -> RegisterMapper.toResponse(c, matrix)).toList();
    }

    @GET
    @Path("/risks/{riskId}/status-history")
    @Operation(summary = "A risk's status history", description = WHO_READS + " Oldest first.")
    public List<RegisterResponses.StatusChange> statusHistory(@PathParam("projectId") UUID projectId,
                                                              @PathParam("riskId") UUID riskId) {
        return risks.statusHistory(projectId, riskId).stream().map(RegisterMapper::toResponse).toList();
    }

    @GET
    @Path("/risks/{riskId}/reviews")
    @Operation(summary = "A risk's reviews", description = WHO_READS + " Oldest first.")
    public List<RegisterResponses.Review> reviews(@PathParam("projectId") UUID projectId,
                                                  @PathParam("riskId") UUID riskId) {
        return risks.reviews(projectId, riskId).stream().map(RegisterMapper::toResponse).toList();
    }

    @POST
    @Path("/risks/{riskId}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a review of a risk", description = WHO_WRITES + " Sets the risk's next review date"
            + " (a risk past it shows reviewOverdue).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RegisterResponses.Review.class)))
    public Response review(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
                           @Parameter(description = "Any unique string identifying this request for safe retries")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid RegisterRequests.Review body) {
        return idempotency.execute(idempotencyKey, "POST /api/risks/projects/" + projectId + "/risks/" + riskId
                + "/reviews", body, () -> Response.status(Response.Status.CREATED)
                .entity(RegisterMapper.toResponse(risks.review(projectId, riskId, body.notes(), body.nextReviewOn())))
                .build());
    }

    @GET
    @Path("/risks/{riskId}/actions")
    @Operation(summary = "The actions of a risk's response", description = WHO_READS)
    public List<ActionResponse> actions(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId) {
        LocalDate today = today();
        return responses.actions(projectId, riskId).stream().map(a -> RegisterMapper.toResponse(a, today)).toList();
    }

    @POST
    @Path("/risks/{riskId}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan an action of a risk's response", description = WHO_WRITES)
    @APIResponse(responseCode = "201", description = "Planned; Location names the action",
            content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    public Response addAction(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
                              @Parameter(description = "Any unique string identifying this request for safe retries")
                              @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                              @NotNull @Valid RegisterRequests.Action body, UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/risks/projects/" + projectId + "/risks/" + riskId
                + "/actions", body, () -> {
            RiskAction action = responses.add(projectId, riskId, body.description(),
                    Texts.blankToNull(body.owner()), body.dueOn(), body.cost(), body.status());
            return Response.created(uri.getAbsolutePathBuilder().path(action.id.toString()).build())
                    .tag(etag(action.version)).entity(RegisterMapper.toResponse(action, today())).build();
        });
    }

    @PATCH
    @Path("/risks/{riskId}/actions/{actionId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change an action", description = WHO_WRITES + " JSON merge patch; requires If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    public Response updateAction(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
                                 @PathParam("actionId") UUID actionId,
                                 @Parameter(description = "The ETag of the action", required = true)
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid RegisterRequests.ActionPatch body) {
        RiskAction action = responses.update(projectId, riskId, actionId, ifMatch, new ResponseService.ActionChange(
                body.description(), body.owner().map(Texts::blankToNull), body.dueOn(), body.cost(),
                body.status()));
        return Response.ok(RegisterMapper.toResponse(action, today())).tag(etag(action.version)).build();
    }

    @DELETE
    @Path("/risks/{riskId}/actions/{actionId}")
    @Operation(summary = "Remove an action", description = WHO_WRITES + " Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeAction(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
                             @PathParam("actionId") UUID actionId,
                             @Parameter(description = "The ETag of the action", required = true)
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        responses.remove(projectId, riskId, actionId, ifMatch);
    }

    @GET
    @Path("/heat-map")
    @Operation(summary = "The project's heat map and top risks", description = WHO_READS + " Open risks per cell of"
            + " the organisation's matrix, per level, and the ten highest-scored; basis INHERENT (default) or RESIDUAL; and the"
            + " trend: the open risks per level at the end of today and the same weekday of each of the last weeks.")
    public RegisterResponses.HeatMap heatMap(@PathParam("projectId") UUID projectId,
                                             @Parameter(example = "INHERENT") @QueryParam("basis")
                                             @DefaultValue("INHERENT") @Pattern(regexp = "INHERENT|RESIDUAL",
                                                     message = "must be INHERENT or RESIDUAL") String basis,
                                             @Parameter(description = "Weeks of trend, 0 to 52", example = "8")
                                             @QueryParam("weeks") @DefaultValue("8") @Min(0) @Max(HeatMapService.MAX_WEEKS)
                                             int weeks) {
        return RegisterMapper.toResponse(heatMaps.ofProject(projectId, basis.equals("RESIDUAL"), weeks));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static EntityTag etag(long version) {
        return EntityTag.valueOf(ETags.of(version));
    }

    private static final java.util.Map<String, String> SORTABLE = java.util.Map.of("number", "number", "title", "title",
            "status", "status", "proximity", "proximity", "updatedAt", "updatedAt", "nextReviewOn", "nextReviewOn");
}
