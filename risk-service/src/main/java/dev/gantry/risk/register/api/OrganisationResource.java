package dev.gantry.risk.register.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.security.Roles;
import dev.gantry.risk.register.HeatMapService;
import dev.gantry.risk.register.MatrixService;
import dev.gantry.risk.register.domain.RiskCategory;
import dev.gantry.risk.register.domain.RiskMatrix;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** What the organisation sets for every register — its scoring matrix and categories — and its portfolio view. */
@Path("/api/risks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Risk scoring")
public class OrganisationResource {

    private final MatrixService matrices;
    private final HeatMapService heatMaps;

    OrganisationResource(MatrixService matrices, HeatMapService heatMaps) {
        this.matrices = matrices;
        this.heatMaps = heatMaps;
    }

    @GET
    @Path("/matrix")
    @Operation(summary = "The organisation's scoring matrix", description = "Anyone signed in. Probability and"
            + " impact levels (1 = the first label), each probability level's percentage, and the score thresholds.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = RegisterResponses.Matrix.class)))
    public Response matrix() {
        RiskMatrix matrix = matrices.current();
        return Response.ok(RegisterMapper.toResponse(matrix)).tag(etag(matrix)).build();
    }

    @PUT
    @Path("/matrix")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PMO})
    @Operation(summary = "Change the scoring matrix", description = "The PMO and admins. Makes a new version (kept"
            + " in the history with who and why); requires If-Match with the current version's ETag. A matrix with"
            + " fewer levels than some risk's scores use is 409.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = RegisterResponses.Matrix.class)))
    public Response changeMatrix(@Parameter(description = "The ETag of the current matrix", required = true)
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid RegisterRequests.Matrix body) {
        RiskMatrix matrix = matrices.change(ifMatch, body.probabilityLabels(), body.probabilityPercents(),
                body.impactLabels(), body.mediumFrom(), body.highFrom(), body.criticalFrom(), body.reason());
        return Response.ok(RegisterMapper.toResponse(matrix)).tag(etag(matrix)).build();
    }

    @GET
    @Path("/matrix/history")
    @Operation(summary = "Every version of the scoring matrix", description = "Anyone signed in. Oldest first.")
    public List<RegisterResponses.Matrix> matrixHistory() {
        return matrices.history().stream().map(RegisterMapper::toResponse).toList();
    }

    @GET
    @Path("/categories")
    @Operation(summary = "Risk categories", description = "Anyone signed in. The standard IT categories, then the"
            + " organisation's own.")
    public List<RegisterResponses.Category> categories() {
        return matrices.categories().stream().map(RegisterMapper::toResponse).toList();
    }

    @POST
    @Path("/categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PMO})
    @Operation(summary = "Add one of the organisation's own categories", description = "The PMO and admins. A code"
            + " that exists already is 409.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = RegisterResponses.Category.class)))
    public Response addCategory(@NotNull @Valid RegisterRequests.Category body) {
        RiskCategory category = matrices.addCategory(body.code(), body.name());
        return Response.status(Response.Status.CREATED).entity(RegisterMapper.toResponse(category)).build();
    }

    @GET
    @Path("/heat-map")
    @Operation(summary = "The portfolio's heat map and top risks", description = "Anyone signed in: the open risks of"
            + " every project the caller may see (all of them for risk managers, the PMO and admins; their"
            + " projects for others). Basis INHERENT (default) or RESIDUAL; the trend over the last weeks as for a project.")
    public RegisterResponses.HeatMap portfolioHeatMap(@Parameter(example = "INHERENT") @QueryParam("basis")
                                                      @DefaultValue("INHERENT") @Pattern(regexp = "INHERENT|RESIDUAL",
                                                              message = "must be INHERENT or RESIDUAL") String basis,
                                                      @Parameter(description = "Weeks of trend, 0 to 52", example = "8")
                                                      @QueryParam("weeks") @DefaultValue("8") @Min(0)
                                                      @Max(HeatMapService.MAX_WEEKS) int weeks) {
        return RegisterMapper.toResponse(heatMaps.ofPortfolio(basis.equals("RESIDUAL"), weeks));
    }

    private static EntityTag etag(RiskMatrix matrix) {
        return EntityTag.valueOf(ETags.of(matrix.version));
    }
}
