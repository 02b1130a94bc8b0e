package dev.gantry.projects.template.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.security.Roles;
import dev.gantry.projects.template.TemplateService;
import dev.gantry.projects.template.domain.ProjectTemplate;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
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

@Path("/api/projects/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project templates")
public class TemplateResource {

    private final TemplateService service;
    private final IdempotentRequests idempotency;

    TemplateResource(TemplateService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Authenticated
    @Operation(summary = "List the project templates", description = "Built-in templates first, then by code.")
    public List<TemplateResponse> list() {
        return service.list().stream().map(TemplateResponse::of).toList();
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "Read a project template")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TemplateResponse.class)))
    public Response get(@PathParam("code") String code) {
        ProjectTemplate template = service.get(code);
        return Response.ok(TemplateResponse.of(template)).tag(etag(template)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PMO})
    @Operation(summary = "Add a project template",
            description = "Admins and the PMO. The definition is checked: unique keys, dependencies between known keys,"
                    + " durations of at least 0 working days, no cycles (400 with pointers). Send an Idempotency-Key"
                    + " to retry safely.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TemplateResponse.class)))
    public Response create(@Parameter(description = "Any unique string identifying this request for safe retries")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid TemplateRequest body, UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/projects/templates", body, () -> {
            ProjectTemplate template = service.create(input(body));
            return Response.created(uri.getAbsolutePathBuilder().path(template.code).build())
                    .tag(etag(template)).entity(TemplateResponse.of(template)).build();
        });
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PMO})
    @Operation(summary = "Replace a project template",
            description = "Admins and the PMO; built-in templates too. Requires If-Match with the template's ETag.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TemplateResponse.class)))
    public Response update(@PathParam("code") String code,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid TemplateRequest body) {
        ProjectTemplate template = service.update(code, ifMatch, input(body));
        return Response.ok(TemplateResponse.of(template)).tag(etag(template)).build();
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.PMO})
    @Operation(summary = "Delete a project template",
            description = "Admins and the PMO. Requires If-Match. Built-in templates cannot be deleted (409).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("code") String code,
                       @Parameter(description = "The ETag of the template", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(code, ifMatch);
    }

    private static TemplateService.TemplateInput input(TemplateRequest body) {
        return new TemplateService.TemplateInput(body.code(), body.name(), body.description(), body.projectType(),
                body.riskChecklist(), body.definition());
    }

    private static EntityTag etag(ProjectTemplate template) {
        return EntityTag.valueOf(ETags.of(template.version));
    }
}
