package dev.gantry.reporting.status.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.reporting.status.StatusHistory;
import dev.gantry.reporting.status.StatusReport;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@Path("/api/reports/portfolio-status")
@Authenticated
@Tag(name = "Project status")
public class PortfolioStatusResource {

    static final List<String> CSV_COLUMNS = List.of("projectId", "name", "type", "projectStatus", "manager",
            "budget", "currency", "forecast", "overall", "schedule", "cost", "risk", "resources", "asOf", "takenAt");

    @Schema(name = "PortfolioStatusItem", description = "A project as its status snapshot had it")
    public record Item(UUID projectId, String name, String type, String projectStatus, String manager,
                       StatusReport.Budget budget, @Schema(description = "Estimate at completion by CPI") BigDecimal
                               forecast, String overall, String schedule, String cost, String risk, String resources,
                       LocalDate asOf, Instant takenAt) {
    }

    private final StatusHistory history;
    private final ProjectAuthorizer authorizer;
    private final Clock clock;

    PortfolioStatusResource(StatusHistory history, ProjectAuthorizer authorizer, Clock clock) {
        this.history = history;
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTables.TEXT_CSV})
    @Operation(summary = "Every project's status as of a day",
            description = "Any signed-in user: the projects they are a member of (admins and the PMO: all), each as its"
                    + " last status snapshot taken on or before `asOf` (default today) had it — name, type, status,"
                    + " manager, budget, forecast and ratings — the worst overall rating first. A project without a"
                    + " snapshot by then is left out. With Accept: text/csv, as CSV; as a PDF:"
                    + " /api/reports/portfolio-status/pdf.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Item.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)),
            @Content(mediaType = CsvTables.TEXT_CSV, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "asOf in the future or before 2000-01-01")
    public Response get(@Parameter(description = "The day (default: today)", example = "2027-01-15")
                        @QueryParam("asOf") LocalDate asOf,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        LocalDate today = LocalDate.now(clock);
        checkAsOf(asOf, today);
        List<Item> items = items(history, asOf == null ? today : asOf,
                authorizer.seesAllProjects() ? null : authorizer.userId());
        if (CsvTables.wanted(accept)) {
            return CsvTables.answer(CSV_COLUMNS, items.stream().<List<?>>map(i -> Arrays.asList(i.projectId(),
                    i.name(), i.type(), i.projectStatus(), i.manager(), i.budget() == null ? null : i.budget().amount(),
                    i.budget() == null ? null : i.budget().currency(), i.forecast(), i.overall(), i.schedule(),
                    i.cost(), i.risk(), i.resources(), i.asOf(), i.takenAt())).toList(), "portfolio-status.csv");
        }
        return Response.ok(items, MediaType.APPLICATION_JSON).build();
    }

    /** 400 unless {@code asOf} (when given) is between 2000-01-01 and today. */
    public static void checkAsOf(LocalDate asOf, LocalDate today) {
        if (asOf != null && (asOf.isAfter(today) || asOf.isBefore(StatusResource.EARLIEST))) {
            throw new ValidationException(new FieldError(null, "asOf", "must be between " + StatusResource.EARLIEST
                    + " and today (" + today + ")"));
        }
    }

    /** The projects {@code visibleTo} sees (null: all) as of the day, the worst overall rating first. */
    public static List<Item> items(StatusHistory history, LocalDate day, String visibleTo) {
        return history.allAsOf(day, visibleTo).stream()
                .map(PortfolioStatusResource::toItem)
                .sorted(Comparator.comparing((Item i) -> rank(i.overall())).reversed().thenComparing(Item::name)
                        .thenComparing(Item::projectId))
                .toList();
    }

    private static int rank(String rag) {
        return rag == null ? -1 : List.of("GREY", "GREEN", "AMBER", "RED").indexOf(rag);
    }

    private static Item toItem(StatusHistory.Snapshot snapshot) {
        StatusReport r = snapshot.report();
        return new Item(r.projectId(), r.name(), r.type(), r.projectStatus(), r.manager(), r.budget(),
                r.earnedValue() == null ? null : r.earnedValue().estimateAtCompletion(), r.overall().rag().name(),
                r.schedule().rag().name(), r.cost().rag().name(), r.risk().rag().name(), r.resources().rag().name(),
                r.asOf(), snapshot.takenAt());
    }
}
