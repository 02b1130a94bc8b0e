package dev.gantry.reporting.portfolio.api;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.reporting.portfolio.domain.PortfolioProject;
import dev.gantry.reporting.portfolio.persistence.PortfolioRepository;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

@Path("/api/reports/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Portfolio")
public class PortfolioResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "startDate", "startDate", "status", "status", "type", "type", "updatedAt", "updatedAt");

    private final PortfolioRepository portfolio;
    private final ProjectAuthorizer authorizer;

    PortfolioResource(PortfolioRepository portfolio, ProjectAuthorizer authorizer) {
        this.portfolio = portfolio;
        this.authorizer = authorizer;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The portfolio",
            description = "Projects you are a member of (admins and the PMO see all), built from project events,"
                    + " with counts by status and type and budget totals per currency.")
    public PortfolioResponse get(@Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
                                 @Parameter(description = "Page size, 1–200") @QueryParam("size") Integer size,
                                 @Parameter(description = "field,asc|desc; fields: name, startDate, status, type, updatedAt")
                                 @QueryParam("sort") List<String> sort) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "name,asc");
        String visibleTo = authorizer.seesAllProjects() ? null : authorizer.userId();
        PageResponse<PortfolioProject> projects = portfolio.page(visibleTo, pageRequest);
        PortfolioResponse.Summary summary = new PortfolioResponse.Summary(projects.totalItems(),
                portfolio.countBy("status", visibleTo), portfolio.countBy("type", visibleTo),
                portfolio.budgets(visibleTo).stream()
                        .map(total -> new PortfolioResponse.Money(total.amount(), total.currency())).toList());
        return new PortfolioResponse(projects.items().stream().map(PortfolioResource::toItem).toList(),
                projects.page(), projects.size(), projects.totalItems(), summary);
    }

    private static PortfolioResponse.Item toItem(PortfolioProject project) {
        PortfolioResponse.Money budget = project.budgetAmount == null ? null
                : new PortfolioResponse.Money(project.budgetAmount, project.budgetCurrency);
        return new PortfolioResponse.Item(project.projectId, project.name, project.type, project.status,
                project.managerName, project.startDate, budget, project.updatedAt);
    }
}
