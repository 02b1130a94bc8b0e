package dev.gantry.risk.project.api;

import dev.gantry.platform.replica.ProjectContextEndpoint;
import jakarta.ws.rs.Path;

@Path("/api/risks/projects/{projectId}")
public class ProjectContextResource extends ProjectContextEndpoint {
}
