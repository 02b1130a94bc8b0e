package dev.gantry.reporting.riskmap.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.reporting.riskmap.RiskMapService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Risk heat map")
public class RiskMapResource {

    static final int MAX_WEEKS = 104;

    private final RiskMapService maps;
    private final ProjectAuthorizer authorizer;
    private final Clock clock;

    RiskMapResource(RiskMapService maps, ProjectAuthorizer authorizer, Clock clock) {
        this.maps = maps;
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @GET
    @Path("/projects/{projectId}/risk-heat-map")
    @Operation(summary = "The project's risk heat map and trend",
            description = "Members of the project, admins and the PMO. Open risks by probability × impact, by level,"
                    + " and the open risks by level at the end of today and of the same weekday in each of the"
                    + " weeks before (12 points by default), from risk-service's register events.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = RiskMapService.HeatMap.class)))
    @APIResponse(responseCode = "404", description = "No such project, or not a member")
    public RiskMapService.HeatMap project(@PathParam("projectId") UUID projectId,
                                          @Parameter(description = "Points of the trend, one a week, 1–104",
                                                  example = "12") @QueryParam("weeks") Integer weeks) {
        authorizer.require(projectId, ProjectPermission.READ);
        return maps.heatMap(projectId, null, LocalDate.now(clock), weeks(weeks));
    }

    @GET
    @Path("/risk-heat-map")
    @Operation(summary = "The risk heat map and trend of every project you see",
            description = "Any signed-in user: the projects they are a member of (admins and the PMO: all). As the"
                    + " project's heat map, summed over the projects.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = RiskMapService.HeatMap.class)))
    public RiskMapService.HeatMap portfolio(@Parameter(description = "Points of the trend, one a week, 1–104",
            example = "12") @QueryParam("weeks") Integer weeks) {
        String visibleTo = authorizer.seesAllProjects() ? null : authorizer.userId();
        return maps.heatMap(null, visibleTo, LocalDate.now(clock), weeks(weeks));
    }

    private static int weeks(Integer weeks) {
        if (weeks == null) {
            return 12;
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new ValidationException(FieldError.parameter("weeks", "must be between 1 and " + MAX_WEEKS));
        }
        return weeks;
    }
}
