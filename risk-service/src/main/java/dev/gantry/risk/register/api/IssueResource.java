package dev.gantry.risk.register.api;

import dev.gantry.platform.text.Texts;
import dev.gantry.platform.http.ETags;
import dev.gantry.risk.register.IssueService;
import dev.gantry.risk.register.domain.ProjectIssue;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/risks/projects/{projectId}/issues")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Issue log")
public class IssueResource {

    private final IssueService issues;

    IssueResource(IssueService issues) {
        this.issues = issues;
    }

    @GET
    @Operation(summary = "The project's issue log", description = "Members of the project (viewers too), risk"
            + " managers, the PMO and admins. By number; a risk that occurs opens one.")
    public List<RegisterResponses.Issue> list(@PathParam("projectId") UUID projectId) {
        return issues.list(projectId).stream().map(RegisterMapper::toResponse).toList();
    }

    @GET
    @Path("/{issueId}")
    @Operation(summary = "Read an issue", description = "Members of the project (viewers too), risk managers, the"
            + " PMO and admins.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = RegisterResponses.Issue.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("issueId") UUID issueId) {
        ProjectIssue issue = issues.get(projectId, issueId);
        return Response.ok(RegisterMapper.toResponse(issue)).tag(etag(issue)).build();
    }

    @PATCH
    @Path("/{issueId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change an issue", description = "The project's managers and members, risk managers, the PMO"
            + " and admins. Owner, status and resolution; a RESOLVED issue needs its resolution. JSON merge patch;"
            + " requires If-Match.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = RegisterResponses.Issue.class)))
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("issueId") UUID issueId,
                           @Parameter(description = "The ETag of the issue", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid RegisterRequests.IssuePatch body) {
        ProjectIssue issue = issues.update(projectId, issueId, ifMatch, body.owner().map(Texts::blankToNull),
                body.status(), body.resolution());
        return Response.ok(RegisterMapper.toResponse(issue)).tag(etag(issue)).build();
    }

    private static EntityTag etag(ProjectIssue issue) {
        return EntityTag.valueOf(ETags.of(issue.version));
    }
}
