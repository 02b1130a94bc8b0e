package dev.gantry.reporting.closure.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.reporting.closure.domain.FinalReport;
import dev.gantry.reporting.closure.persistence.FinalReportRepository;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

@Path("/api/reports/projects/{projectId}/final-report")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Final report")
public class FinalReportResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {
    };

    private final FinalReportRepository reports;
    private final ProjectAuthorizer authorizer;

    FinalReportResource(FinalReportRepository reports, ProjectAuthorizer authorizer) {
        this.reports = reports;
        this.authorizer = authorizer;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The project's final report",
            description = "Members of the project, admins and the PMO. Produced when the project's closure is"
                    + " requested (the latest one if closure was requested more than once), from the portfolio"
                    + " entry and the audit trail. 404 until a closure has been requested.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FinalReportResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project, not a member, or no final report yet")
    public FinalReportResponse get(@PathParam("projectId") UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        FinalReport report = reports.latest(projectId).orElseThrow(() -> new GantryException(ProblemType.NOT_FOUND,
                "Project " + projectId + " has no final report yet; it is produced when the project's closure is"
                        + " requested"));
        return toResponse(report);
    }

    private static FinalReportResponse toResponse(FinalReport report) {
        FinalReportResponse.Money budget = report.budgetAmount == null ? null
                : new FinalReportResponse.Money(report.budgetAmount, report.budgetCurrency);
        return new FinalReportResponse(report.id, report.projectId, report.closureId,
                new FinalReportResponse.Project(report.projectName, report.projectType, report.projectStatus,
                        report.managerName, report.startDate, budget),
                new FinalReportResponse.Closure(report.closureReason, report.requestedByName, report.riskDisposition,
                        report.riskTransferTarget),
                new FinalReportResponse.Activity(report.auditEntries, counts(report.eventsByType), report.firstEventAt,
                        report.lastEventAt),
                report.generatedAt);
    }

    private static Map<String, Long> counts(String json) {
        try {
            return JSON.readValue(json, COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event counts are not a JSON object", e);
        }
    }
}
