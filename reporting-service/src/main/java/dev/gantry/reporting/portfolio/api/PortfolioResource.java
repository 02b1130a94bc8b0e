package dev.gantry.reporting.portfolio.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.reporting.portfolio.domain.PortfolioProject;
import dev.gantry.reporting.portfolio.persistence.PortfolioRepository;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Path("/api/reports/portfolio")
@Authenticated
@Tag(name = "Portfolio")
public class PortfolioResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "startDate", "startDate", "status", "status", "type", "type", "updatedAt", "updatedAt",
            "rag", "overallRag");
    /** A CSV export holds at most this many projects. */
    static final int CSV_LIMIT = 10_000;
    static final List<String> CSV_COLUMNS = List.of("projectId", "name", "type", "status", "manager", "startDate",
            "budget", "budgetCurrency", "forecast", "forecastCurrency", "overallRag", "scheduleRag", "costRag",
            "riskRag", "resourcesRag", "ratedAt", "updatedAt");
    private static final Set<String> RAGS = Set.of("GREY", "GREEN", "AMBER", "RED");
    /** projects-service's project types and lifecycle statuses, as its events carry them. */
    static final Set<String> TYPES = Set.of("SOFTWARE_DEVELOPMENT", "NETWORK_ROLLOUT", "SYSTEM_UPGRADE",
            "INFRASTRUCTURE_MIGRATION", "GENERIC");
    static final Set<String> STATUSES = Set.of("INITIATING", "PLANNING", "EXECUTING", "CLOSING", "CLOSED", "ON_HOLD",
            "CANCELLED");
    private static final int MAX_FILTER_VALUES = 20;

    private final PortfolioRepository portfolio;
    private final ProjectAuthorizer authorizer;

    PortfolioResource(PortfolioRepository portfolio, ProjectAuthorizer authorizer) {
        this.portfolio = portfolio;
        this.authorizer = authorizer;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTables.TEXT_CSV})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The portfolio",
            description = "Projects you are a member of (admins and the PMO see all), built from project events, with"
                    + " their ratings and estimate at completion as of their latest status snapshot; filtered by type,"
                    + " status, overall rating, manager and text (in the name or the manager's name), each filter"
                    + " taking several values (repeat it). The summary counts and totals (budget and forecast per"
                    + " currency) are of every project the filters select. With Accept: text/csv, every selected"
                    + " project (at most 10,000) as CSV, in the sort's order.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortfolioResponse.class)),
            @Content(mediaType = CsvTables.TEXT_CSV, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response get(@Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
                        @Parameter(description = "Page size, 1–200") @QueryParam("size") Integer size,
                        @Parameter(description = "field,asc|desc; fields: name, startDate, status, type, updatedAt, rag")
                        @QueryParam("sort") List<String> sort,
                        @Parameter(description = "Project types: SOFTWARE_DEVELOPMENT, NETWORK_ROLLOUT, SYSTEM_UPGRADE,"
                                + " INFRASTRUCTURE_MIGRATION, GENERIC", example = "SYSTEM_UPGRADE")
                        @QueryParam("type") List<String> type,
                        @Parameter(description = "Lifecycle statuses: INITIATING, PLANNING, EXECUTING, CLOSING, CLOSED,"
                                + " ON_HOLD, CANCELLED", example = "EXECUTING")
                        @QueryParam("status") List<String> status,
                        @Parameter(description = "Overall ratings: GREY, GREEN, AMBER, RED", example = "RED")
                        @QueryParam("rag") List<String> rag,
                        @Parameter(description = "The manager's username", example = "pm")
                        @QueryParam("manager") String manager,
                        @Parameter(description = "Text in the name or the manager's name", example = "upgrade")
                        @QueryParam("q") String text,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "name,asc");
        PortfolioRepository.Filter filter = new PortfolioRepository.Filter(
                authorizer.seesAllProjects() ? null : authorizer.userId(), oneOf("type", type, TYPES),
                oneOf("status", status, STATUSES), oneOf("rag", rag, RAGS), blankToNull("manager", manager),
                blankToNull("q", text));
        if (CsvTables.wanted(accept)) {
            List<List<?>> rows = new ArrayList<>();
            for (PortfolioProject p : portfolio.all(filter, pageRequest.sort(), CSV_LIMIT)) {
                rows.add(java.util.Arrays.asList(p.projectId, p.name, p.type, p.status, p.managerName, p.startDate,
                        p.budgetAmount, p.budgetCurrency, p.forecastAmount, p.forecastCurrency, p.overallRag,
                        p.scheduleRag, p.costRag, p.riskRag, p.resourcesRag, p.ratedAt, p.updatedAt));
            }
            return CsvTables.answer(CSV_COLUMNS, rows, "portfolio.csv");
        }
        PageResponse<PortfolioProject> projects = portfolio.page(filter, pageRequest);
        PortfolioResponse.Summary summary = new PortfolioResponse.Summary(projects.totalItems(),
                portfolio.countBy("status", filter), portfolio.countBy("type", filter),
                portfolio.countBy("overallRag", filter), money(portfolio.budgets(filter)),
                money(portfolio.forecasts(filter)));
        return Response.ok(new PortfolioResponse(projects.items().stream().map(PortfolioResource::toItem).toList(),
                projects.page(), projects.size(), projects.totalItems(), summary), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{projectId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One project of the portfolio", description = "Members of the project, admins and the PMO.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PortfolioResponse.Item.class)))
    @APIResponse(responseCode = "404", description = "No such project, or not a member")
    public PortfolioResponse.Item one(@PathParam("projectId") UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        PortfolioProject project = portfolio.findById(projectId);
        if (project == null) {
            throw new GantryException(ProblemType.NOT_FOUND, "Project " + projectId + " is not known to reporting yet");
        }
        return toItem(project);
    }

    private static Set<String> values(String parameter, List<String> given) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : given == null ? List.<String>of() : given) {
            if (value == null || value.isBlank() || value.length() > 100) {
                throw new ValidationException(FieldError.parameter(parameter, "must be a value of 1 to 100 characters"));
            }
            values.add(value.strip());
        }
        if (values.size() > MAX_FILTER_VALUES) {
            throw new ValidationException(FieldError.parameter(parameter, "at most " + MAX_FILTER_VALUES + " values"));
        }
        return values;
    }

    private static Set<String> oneOf(String parameter, List<String> given, Set<String> allowed) {
        Set<String> chosen = values(parameter, given);
        for (String value : chosen) {
            if (!allowed.contains(value)) {
                throw new ValidationException(FieldError.parameter(parameter, "must be one of "
                        + new java.util.TreeSet<>(allowed)));
            }
        }
        return chosen;
    }

    private static String blankToNull(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw new ValidationException(FieldError.parameter(parameter, "must be at most 200 characters"));
        }
        return value.strip();
    }

    private static List<PortfolioResponse.Money> money(List<PortfolioRepository.Total> totals) {
        return totals.stream().map(total -> new PortfolioResponse.Money(total.amount(), total.currency())).toList();
    }

    private static PortfolioResponse.Item toItem(PortfolioProject project) {
        PortfolioResponse.Money budget = project.budgetAmount == null ? null
                : new PortfolioResponse.Money(project.budgetAmount, project.budgetCurrency);
        PortfolioResponse.Money forecast = project.forecastAmount == null ? null
                : new PortfolioResponse.Money(project.forecastAmount, project.forecastCurrency.strip());
        PortfolioResponse.Ratings ratings = project.overallRag == null ? null : new PortfolioResponse.Ratings(
                project.overallRag, project.scheduleRag, project.costRag, project.riskRag, project.resourcesRag,
                project.ratedAt);
        return new PortfolioResponse.Item(project.projectId, project.name, project.type, project.status,
                project.managerName, project.startDate, budget, forecast, ratings, project.updatedAt);
    }
}
