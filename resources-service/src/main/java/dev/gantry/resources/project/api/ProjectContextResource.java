package dev.gantry.resources.project.api;

import dev.gantry.platform.replica.ProjectContextEndpoint;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;

@Authenticated
@Path("/api/resources/projects/{projectId}")
public class ProjectContextResource extends ProjectContextEndpoint {
}
