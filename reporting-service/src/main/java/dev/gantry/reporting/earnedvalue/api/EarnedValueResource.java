package dev.gantry.reporting.earnedvalue.api;

import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.reporting.earnedvalue.EarnedValueService;
import dev.gantry.reporting.earnedvalue.domain.EarnedValue;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/reports/projects/{projectId}/earned-value")
@Produces({MediaType.APPLICATION_JSON, CsvTables.TEXT_CSV})
@Authenticated
@Tag(name = "Earned value")
public class EarnedValueResource {

    private final EarnedValueService earnedValue;
    private final ProjectAuthorizer authorizer;

    EarnedValueResource(EarnedValueService earnedValue, ProjectAuthorizer authorizer) {
        this.earnedValue = earnedValue;
        this.authorizer = authorizer;
    }

    @GET
    @Operation(summary = "The project's earned value at a status date",
            description = "Members of the project, admins and the PMO. BAC, PV, EV, AC, variances, indices, estimates"
                    + " at completion by three methods and the weekly S-curve with the cost forecast, against the"
                    + " project's current baseline (the latest saved), from the progress reported on its tasks and the"
                    + " actual cost of approved hours. 404 while the project has no baseline. With Accept: text/csv,"
                    + " the S-curve's weeks as CSV (weekStart, pv, ev, ac, forecast).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EarnedValueResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project, not a member, or no baseline yet")
    public Response get(@PathParam("projectId") UUID projectId,
                                   @Parameter(description = "The status date (default: that of the project's latest"
                                           + " progress report, else today)", example = "2027-01-17")
                                   @QueryParam("statusDate") LocalDate statusDate,
                                   @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        authorizer.require(projectId, ProjectPermission.READ);
        EarnedValueService.Report report = earnedValue.report(projectId, statusDate).orElseThrow(() ->
                new GantryException(ProblemType.NOT_FOUND, "Project " + projectId + " has no baseline yet; earned"
                        + " value is measured against one (POST /api/projects/" + projectId + "/baselines)"));
        EarnedValueResponse response = toResponse(projectId, report);
        if (CsvTables.wanted(accept)) {
            return CsvTables.answer(List.of("weekStart", "pv", "ev", "ac", "forecast"), response.weeks().stream()
                    .<List<?>>map(w -> java.util.Arrays.asList(w.weekStart(), w.pv(), w.ev(), w.ac(), w.forecast()))
                    .toList(), "earned-value-" + projectId + ".csv");
        }
        return Response.ok(response, MediaType.APPLICATION_JSON).build();
    }

    private static EarnedValueResponse toResponse(UUID projectId, EarnedValueService.Report report) {
        EarnedValue.Figures f = report.figures();
        return new EarnedValueResponse(projectId, f.statusDate(), report.statusDateSource(),
                new EarnedValueResponse.Baseline(report.baseline().baselineId(), report.baseline().name(),
                        report.baseline().savedAt()),
                f.currency(), f.budgetAtCompletion(), f.plannedValue(), f.earnedValue(), f.actualCost(),
                f.scheduleVariance(), f.costVariance(), f.schedulePerformanceIndex(), f.costPerformanceIndex(),
                new EarnedValueResponse.Estimates(f.estimateAtCompletionCpi(), f.estimateAtCompletionCpiSpi(),
                        f.estimateAtCompletionBottomUp()),
                f.estimateToComplete(), f.varianceAtCompletion(), f.toCompletePerformanceIndex(),
                f.actualCostInOtherCurrencies().stream()
                        .map(o -> new EarnedValueResponse.Amount(o.currency(), o.amount())).toList(),
                report.unratedHours(),
                f.weeks().stream().map(w -> new EarnedValueResponse.Week(w.weekStart(), w.plannedValue(),
                        w.earnedValue(), w.actualCost(), w.forecastCost())).toList());
    }
}
