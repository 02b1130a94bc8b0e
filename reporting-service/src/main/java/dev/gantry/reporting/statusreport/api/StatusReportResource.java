package dev.gantry.reporting.statusreport.api;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.reporting.statusreport.StatusReports;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

@Path("/api/reports/projects/{projectId}/status-reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Project status")
public class StatusReportResource {

    static final String PDF = "application/pdf";
    private static final String WHO_READS = "Members of the project (viewers too), admins and the PMO.";

    private final StatusReports reports;
    private final ProjectAuthorizer authorizer;
    private final CurrentUser user;

    StatusReportResource(StatusReports reports, ProjectAuthorizer authorizer, CurrentUser user) {
        this.reports = reports;
        this.authorizer = authorizer;
        this.user = user;
    }

    @POST
    @Operation(summary = "Generate the project's PDF status report now",
            description = "The project's managers and members, admins and the PMO. The status as of today — RAG"
                    + " ratings with reasons, milestones, earned value with the S-curve, the Gantt of the next eight"
                    + " weeks, top risks with the heat map, the latest simulation, over-allocations, open action"
                    + " items — as a PDF with vector charts, kept and announced (StatusReportPublished). Answers 201"
                    + " with where to fetch it. Weekly reports are made on a schedule (Mondays 06:00).")
    @APIResponse(responseCode = "201", description = "Generated and kept", content = @Content(schema =
            @Schema(implementation = StatusReports.Info.class)))
    public Response generate(@PathParam("projectId") UUID projectId) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        StatusReports.Info info = reports.generate(projectId, user.username() != null ? user.username() : user.id());
        return Response.created(URI.create(info.path())).entity(info).build();
    }

    @GET
    @Operation(summary = "The project's kept status reports", description = WHO_READS + " Weekly and requested"
            + " ones, newest first.")
    public PageResponse<StatusReports.Info> list(@PathParam("projectId") UUID projectId,
                                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        authorizer.require(projectId, ProjectPermission.READ);
        return reports.list(projectId, PageRequest.of(page, size, null, Map.of("generatedAt", "generatedAt"),
                "generatedAt"));
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "A kept status report's details", description = WHO_READS)
    public StatusReports.Info info(@PathParam("projectId") UUID projectId, @PathParam("reportId") UUID reportId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return reports.info(projectId, reportId);
    }

    @GET
    @Path("/{reportId}/pdf")
    @Produces(PDF)
    @Operation(summary = "A kept status report as PDF", description = WHO_READS)
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF, schema =
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("projectId") UUID projectId, @PathParam("reportId") UUID reportId) {
        authorizer.require(projectId, ProjectPermission.READ);
        StatusReports.Info info = reports.info(projectId, reportId);
        return Response.ok(reports.bytes(projectId, reportId), PDF)
                .header("Content-Disposition", "inline; filename=\"status-report-" + info.asOf() + ".pdf\"")
                .build();
    }
}
