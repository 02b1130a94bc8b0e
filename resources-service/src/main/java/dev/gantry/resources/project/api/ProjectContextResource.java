package dev.gantry.resources.project.api;

import dev.gantry.platform.replica.ProjectContextResponse;
import dev.gantry.platform.replica.ProjectContexts;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/resources/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Projects")
public class ProjectContextResource {

    private final ProjectContexts contexts;

    ProjectContextResource(ProjectContexts contexts) {
        this.contexts = contexts;
    }

    @GET
    @Operation(summary = "The project as this service knows it",
            description = "Name, type, status, dates and members, kept from project events. 404 if you are not a member.")
    public ProjectContextResponse get(@PathParam("projectId") UUID projectId) {
        return contexts.get(projectId);
    }
}
