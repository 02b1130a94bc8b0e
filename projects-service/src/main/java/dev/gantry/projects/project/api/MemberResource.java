package dev.gantry.projects.project.api;

import dev.gantry.projects.project.ProjectService;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/projects/{projectId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Project members")
public class MemberResource {

    private final ProjectService service;

    MemberResource(ProjectService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the project's members and their roles")
    public List<MemberResponse> list(@PathParam("projectId") UUID projectId) {
        return service.members(projectId).stream().map(ProjectMapper::toResponse).toList();
    }

    @PUT
    @Path("/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member or change their role",
            description = "userId is the user's subject at the identity provider. Managers of the project (and admins,"
                    + " the PMO) may do this. Publishes ProjectMemberAdded; every service authorises from it.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    @APIResponse(responseCode = "200", description = "Role changed",
            content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public Response put(@PathParam("projectId") UUID projectId,
                        @PathParam("userId") @Size(max = 200) String userId,
                        @NotNull @Valid MemberRequest body) {
        boolean added = service.putMember(projectId, userId, body.username(), body.role());
        MemberResponse member = new MemberResponse(userId, body.username(), body.role().name());
        return Response.status(added ? Response.Status.CREATED : Response.Status.OK).entity(member).build();
    }

    @DELETE
    @Path("/{userId}")
    @Operation(summary = "Remove a member", description = "The project's manager cannot be removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("projectId") UUID projectId, @PathParam("userId") String userId) {
        service.removeMember(projectId, userId);
    }
}
