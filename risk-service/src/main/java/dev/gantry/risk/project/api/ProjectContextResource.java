package dev.gantry.risk.project.api;

import dev.gantry.platform.replica.ProjectContextEndpoint;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;

@Authenticated
@Path("/api/risks/projects/{projectId}")
public class ProjectContextResource extends ProjectContextEndpoint {
}
