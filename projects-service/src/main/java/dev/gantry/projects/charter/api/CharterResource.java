package dev.gantry.projects.charter.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.projects.charter.CharterService;
import dev.gantry.projects.charter.domain.Charter;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

import java.util.UUID;

@Path("/api/projects/{projectId}/charter")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Project charter")
public class CharterResource {

    private final CharterService service;

    CharterResource(CharterService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Read the project's charter",
            description = "Members, admins and the PMO. 404 when the project has no charter yet (or you are not a"
                    + " member). The ETag is the charter's own version, independent of the project's.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CharterResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("projectId") UUID projectId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Charter charter = service.get(projectId);
        if (ETags.notModified(ifNoneMatch, charter.version)) {
            return Response.notModified().tag(etag(charter)).build();
        }
        return Response.ok(CharterMapper.toResponse(charter)).tag(etag(charter)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the project's charter",
            description = "Replaces the whole charter. The project's managers, admins and the PMO may do this. The"
                    + " first PUT creates the charter (201) and needs no precondition; later ones need If-Match with"
                    + " the charter's ETag (428 without, 412 when stale). Dates may not lie before the project's"
                    + " start, deliverables are due by the planned end date, and the contingency is in the budget's"
                    + " currency. Charters of closed or cancelled projects do not change (409). Publishes"
                    + " ProjectCharterUpdated when something changed.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = CharterResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CharterResponse.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing and the charter exists")
    public Response put(@PathParam("projectId") UUID projectId,
                        @Parameter(description = "The charter's ETag; required once the charter exists")
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Parameter(description = "'*' to create only (412 if a charter exists)")
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                        @NotNull @Valid CharterRequest body) {
        CharterService.Saved saved = service.put(projectId, ifMatch, ifNoneMatch, CharterMapper.toContent(body));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(CharterMapper.toResponse(saved.charter()))
                .tag(etag(saved.charter()))
                .build();
    }

    private static EntityTag etag(Charter charter) {
        return EntityTag.valueOf(ETags.of(charter.version));
    }
}
