package dev.gantry.projects.project.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.Roles;
import dev.gantry.projects.project.ProjectService;
import dev.gantry.projects.project.ProjectTemplates;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.domain.ProjectStatus;
import dev.gantry.projects.project.domain.ProjectType;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "startDate", "startDate", "createdAt", "createdAt", "status", "status", "type", "type");

    private final ProjectService service;
    private final IdempotentRequests idempotency;
    private final ProjectTemplates templates;

    ProjectResource(ProjectService service, IdempotentRequests idempotency, ProjectTemplates templates) {
        this.service = service;
        this.idempotency = idempotency;
        this.templates = templates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.PROJECT_MANAGER})
    @Operation(summary = "Create a project",
            description = "The caller becomes the project's manager. Publishes ProjectCreated. Send an"
                    + " Idempotency-Key to retry safely: a repeat returns the first response. With a templateCode the"
                    + " project gets the template's WBS, scheduled from startDate, and ProjectTemplateApplied follows.")
    @APIResponse(responseCode = "201", description = "Created; Location names the project",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    public Response create(
            @Parameter(description = "Any unique string (e.g. a UUID) identifying this request for safe retries")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid CreateProjectRequest body,
            UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/projects", body, () -> {
            Project project = body.templateCode() == null
                    ? service.create(ProjectMapper.toCommand(body))
                    : templates.createProject(body.templateCode(), ProjectMapper.toCommand(body));
            return Response.created(uri.getAbsolutePathBuilder().path(project.id.toString()).build())
                    .tag(etag(project))
                    .entity(ProjectMapper.toResponse(project))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Read a project", description = "404 if it does not exist or you are not a member.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Project project = service.get(id);
        if (ETags.notModified(ifNoneMatch, project.version)) {
            return Response.notModified().tag(etag(project)).build();
        }
        return Response.ok(ProjectMapper.toResponse(project)).tag(etag(project)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List projects",
            description = "The projects you are a member of (admins and the PMO see all), paged and sorted.")
    public PageResponse<ProjectResponse> list(
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "field,asc|desc; fields: name, startDate, createdAt, status, type; repeatable")
            @QueryParam("sort") List<String> sort,
            @QueryParam("type") ProjectType type,
            @QueryParam("status") ProjectStatus status,
            @Parameter(description = "Part of the name, case-insensitive") @Size(max = 200) @QueryParam("q") String q) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "createdAt,desc");
        return service.list(type, status, q, pageRequest).map(ProjectMapper::toResponse);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Authenticated
    @Operation(summary = "Change a project",
            description = "Only the fields present change. Requires If-Match with the project's ETag; the project's"
                    + " managers (and admins, the PMO) may change it. Publishes ProjectUpdated when something changed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid UpdateProjectRequest body) {
        Project project = service.update(id, ifMatch, ProjectMapper.toCommand(body));
        return Response.ok(ProjectMapper.toResponse(project)).tag(etag(project)).build();
    }

    private static jakarta.ws.rs.core.EntityTag etag(Project project) {
        return jakarta.ws.rs.core.EntityTag.valueOf(ETags.of(project.version));
    }
}
