package dev.gantry.resources.cost.api;

import dev.gantry.resources.cost.CostService;
import dev.gantry.resources.cost.domain.CostSheet;
import dev.gantry.resources.people.Periods;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/resources/projects/{projectId}/costs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Costs")
public class CostResource {

    @Schema(name = "CostLine", description = "Planned and actual hours and cost of one group in one currency; the"
            + " line without a currency holds the hours on days without an effective rate (no cost)")
    public record Line(
            @Schema(description = "What the line is of: a person's or task's id, a week's Monday, a month's first day;"
                    + " absent in totals and for hours on no task", example = "2027-03-01") String key,
            @Schema(description = "ISO 4217; absent for unrated hours", example = "EUR") String currency,
            @Schema(example = "160.00") BigDecimal plannedHours,
            @Schema(example = "15200.00") BigDecimal plannedCost,
            @Schema(example = "86.50") BigDecimal actualHours,
            @Schema(example = "8217.50") BigDecimal actualCost) {
    }

    @Schema(name = "CostReport", description = "A project's planned cost (allocations × rates) and actual cost (approved"
            + " hours × rates) over a period")
    public record Report(UUID projectId, LocalDate from, LocalDate to, CostService.By by, List<Line> totals,
                         List<Line> lines) {
    }

    private final CostService service;

    CostResource(CostService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The project's planned and actual cost",
            description = "The project's manager, resource managers, the PMO and admins. Planned hours are what the"
                    + " allocations ask on each working day, shrunk in proportion on days the person is partly or"
                    + " wholly away; actual hours are approved time entries. Both are costed at the person's hourly"
                    + " rate effective on each day, and summed per currency. Without from or to, the period runs from"
                    + " the first to the last day with an allocation or approved hours.")
    public Report get(@PathParam("projectId") UUID projectId,
                      @Parameter(description = "First day counted", example = "2027-03-01") @QueryParam("from")
                      LocalDate from,
                      @Parameter(description = "Last day counted", example = "2027-06-30") @QueryParam("to")
                      LocalDate to,
                      @Parameter(description = "What the lines are per (PROJECT: totals only)")
                      @QueryParam("by") @DefaultValue("PROJECT") CostService.By by) {
        Periods.requireOrdered(from, to);
        CostService.Report report = service.ofProject(projectId, from, to, by);
        return new Report(report.projectId(), report.from(), report.to(), report.by(), lines(report.totals()),
                lines(report.lines()));
    }

    private static List<Line> lines(List<CostSheet.Line> lines) {
        return lines.stream().map(l -> new Line(l.key(), l.currency(), l.plannedHours(), l.plannedCost(),
                l.actualHours(), l.actualCost())).toList();
    }
}
