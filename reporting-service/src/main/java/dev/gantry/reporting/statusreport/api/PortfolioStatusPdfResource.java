package dev.gantry.reporting.statusreport.api;

import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.reporting.status.StatusHistory;
import dev.gantry.reporting.status.api.PortfolioStatusResource;
import dev.gantry.reporting.statusreport.StatusReportPdf;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@Path("/api/reports/portfolio-status/pdf")
@Authenticated
@Tag(name = "Project status")
public class PortfolioStatusPdfResource {

    private final StatusHistory history;
    private final ProjectAuthorizer authorizer;
    private final StatusReportPdf pdf;
    private final Clock clock;

    PortfolioStatusPdfResource(StatusHistory history, ProjectAuthorizer authorizer, StatusReportPdf pdf,
                               Clock clock) {
        this.history = history;
        this.authorizer = authorizer;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GET
    @Produces(StatusReportResource.PDF)
    @Operation(summary = "The portfolio's status as a PDF", description = "Any signed-in user: the projects they"
            + " are a member of (admins and the PMO: all), as GET /api/reports/portfolio-status lists them — name,"
            + " type, status, manager, budget, forecast and ratings, the worst overall rating first — in one table.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = StatusReportResource.PDF,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    @APIResponse(responseCode = "400", description = "asOf in the future or before 2000-01-01")
    public Response get(@Parameter(description = "The day (default: today)", example = "2027-01-15")
                        @QueryParam("asOf") LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        PortfolioStatusResource.checkAsOf(asOf, today);
        LocalDate day = asOf == null ? today : asOf;
        NumberFormat amount = NumberFormat.getIntegerInstance(Locale.UK);
        List<List<String>> rows = PortfolioStatusResource.items(history, day,
                        authorizer.seesAllProjects() ? null : authorizer.userId()).stream()
                .map(i -> List.of(i.name(), humane(i.type()), humane(i.projectStatus()),
                        i.manager() == null ? "" : i.manager(),
                        i.budget() == null || i.budget().amount() == null ? ""
                                : amount.format(i.budget().amount()) + " " + i.budget().currency(),
                        i.forecast() == null ? "" : amount.format(i.forecast()), i.overall(), i.schedule(), i.cost(),
                        i.risk(), i.resources()))
                .toList();
        return Response.ok(pdf.portfolio(day, rows), StatusReportResource.PDF)
                .header("Content-Disposition", "inline; filename=\"portfolio-status-" + day + ".pdf\"").build();
    }

    /** SYSTEM_UPGRADE → System upgrade. */
    private static String humane(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
