package dev.gantry.reporting.charts.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.platform.security.Roles;
import dev.gantry.reporting.charts.ChartService;
import dev.gantry.reporting.charts.SvgCanvas;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

@Path("/api/reports")
@Produces(ChartResource.SVG)
@Authenticated
@Tag(name = "Charts")
public class ChartResource {

    public static final String SVG = "image/svg+xml";
    private static final String WHO_READS = "Members of the project, admins and the PMO.";
    private static final int MIN_WIDTH = 600;
    private static final int MAX_WIDTH = 4000;

    private final ChartService charts;
    private final ProjectAuthorizer authorizer;
    private final Clock clock;

    ChartResource(ChartService charts, ProjectAuthorizer authorizer, Clock clock) {
        this.charts = charts;
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @GET
    @Path("/projects/{projectId}/charts/gantt")
    @Operation(summary = "Gantt chart of the project's schedule (SVG)", description = WHO_READS + " Every task in"
            + " outline order with its bar — critical tasks red, the done part darker, summaries as brackets,"
            + " milestones as diamonds — its current baseline's bar under it, and today's line. `from` and `to` keep"
            + " the tasks in that window (one of them alone: eight weeks). A plan with more than `maxRows` tasks (300)"
            + " shows its top two outline levels, milestones and critical path, as the subtitle says. Each row is"
            + " the SVG group `task-<id>` with the classes task/summary/milestone and critical. 404 until the"
            + " project's schedule has reached reporting-service.")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = SVG,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response gantt(@PathParam("projectId") UUID projectId,
                          @Parameter(description = "First day of the window", example = "2027-03-01")
                          @QueryParam("from") LocalDate from,
                          @Parameter(description = "Last day of the window", example = "2027-04-25")
                          @QueryParam("to") LocalDate to,
                          @Parameter(description = "Rows before the chart keeps to the outline, milestones and critical"
                                  + " path (10 to 5000)", example = "300") @QueryParam("maxRows") Integer maxRows,
                          @Parameter(description = "Width in pixels (600 to 4000)", example = "1200")
                          @QueryParam("width") Integer width) {
        authorizer.require(projectId, ProjectPermission.READ);
        checkDay("from", from);
        checkDay("to", to);
        if (from != null && to != null && (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 3660)) {
            throw new ValidationException(FieldError.parameter("to", "must be on or after from, within ten years"));
        }
        int rows = maxRows == null ? ChartService.DEFAULT_MAX_ROWS : maxRows;
        if (rows < 10 || rows > 5000) {
            throw new ValidationException(FieldError.parameter("maxRows", "must be from 10 to 5000"));
        }
        return svg(charts.gantt(projectId, from, to, rows, LocalDate.now(clock), width(width, 1200)));
    }

    @GET
    @Path("/projects/{projectId}/charts/s-curve")
    @Operation(summary = "S-curve of the project's earned value (SVG)", description = WHO_READS + " Cumulative"
            + " planned value, earned value and actual cost per week against the current baseline, the cost"
            + " forecast beyond the status date, and the status date marked. 404 while the project has no"
            + " baseline.")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = SVG,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response sCurve(@PathParam("projectId") UUID projectId,
                           @Parameter(description = "Width in pixels (600 to 4000)", example = "900")
                           @QueryParam("width") Integer width) {
        authorizer.require(projectId, ProjectPermission.READ);
        int w = width(width, 900);
        return svg(charts.sCurve(projectId, w, w * 5 / 9).orElseThrow(() -> new GantryException(
                ProblemType.NOT_FOUND, "Project " + projectId + " has no baseline yet; earned value is measured"
                + " against one")));
    }

    @GET
    @Path("/projects/{projectId}/charts/risk-heat-map")
    @Operation(summary = "Heat map of the project's open risks (SVG)", description = WHO_READS + " Probability"
            + " against impact, each cell with its count of open risks and coloured by their level; each cell is"
            + " the SVG group `cell-<probability>-<impact>`.")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = SVG,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response riskHeatMap(@PathParam("projectId") UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return svg(charts.heatMap(projectId, LocalDate.now(clock)));
    }

    @GET
    @Path("/projects/{projectId}/charts/simulation")
    @Operation(summary = "The project's latest schedule risk analysis (SVG)", description = WHO_READS + " The"
            + " histogram of the simulated finishes, the share finished by each date (the cumulative curve), and"
            + " the planned finish, the baseline finish, P50 and P80 marked. 404 until a simulation of the project"
            + " has completed (POST /api/risks/projects/{projectId}/simulations).")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = SVG,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response simulation(@PathParam("projectId") UUID projectId,
                               @Parameter(description = "Width in pixels (600 to 4000)", example = "900")
                               @QueryParam("width") Integer width) {
        authorizer.require(projectId, ProjectPermission.READ);
        int w = width(width, 900);
        return svg(charts.simulation(projectId, w, w * 5 / 9).orElseThrow(() -> new GantryException(
                ProblemType.NOT_FOUND, "No simulation of project " + projectId + " has completed yet")));
    }

    @GET
    @Path("/charts/utilisation")
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER})
    @Operation(summary = "Utilisation per person and week (SVG)", description = "Admins, the PMO and resource"
            + " managers. A row per person, a column per week from the week of `from` (default: this week) for"
            + " `weeks` weeks (12, at most 26): the share of the person's capacity allocated across every project,"
            + " from free to over-booked; a cell above 100 % has the class `over`.")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = SVG,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response utilisation(@Parameter(description = "A day of the first week", example = "2027-01-04")
                                @QueryParam("from") LocalDate from,
                                @Parameter(description = "How many weeks (1 to 26)", example = "12")
                                @QueryParam("weeks") Integer weeks,
                                @Parameter(description = "Only this team's people", example = "Networks")
                                @QueryParam("team") String team,
                                @Parameter(description = "Width in pixels (600 to 4000)", example = "1200")
                                @QueryParam("width") Integer width) {
        checkDay("from", from);
        int n = weeks == null ? 12 : weeks;
        if (n < 1 || n > 26) {
            throw new ValidationException(FieldError.parameter("weeks", "must be from 1 to 26"));
        }
        if (team != null && (team.isBlank() || team.length() > 200)) {
            throw new ValidationException(FieldError.parameter("team", "must be 1 to 200 characters"));
        }
        LocalDate monday = (from != null ? from : LocalDate.now(clock))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return svg(charts.utilisation(monday, n, team, width(width, 1200)));
    }

    private static Response svg(SvgCanvas.Drawing drawing) {
        return Response.ok(SvgCanvas.svg(drawing), SVG).header("Cache-Control", "private, no-cache").build();
    }

    private static int width(Integer width, int fallback) {
        int w = width == null ? fallback : width;
        if (w < MIN_WIDTH || w > MAX_WIDTH) {
            throw new ValidationException(FieldError.parameter("width", "must be from " + MIN_WIDTH + " to "
                    + MAX_WIDTH));
        }
        return w;
    }

    private static void checkDay(String name, LocalDate day) {
        if (day != null && (day.getYear() < 2000 || day.getYear() > 9998)) {
            throw new ValidationException(FieldError.parameter(name, "must be between 2000-01-01 and 9998-12-31"));
        }
    }
}
