package dev.gantry.resources.project.api;

import dev.gantry.platform.replica.ProjectContextEndpoint;
import jakarta.ws.rs.Path;

@Path("/api/resources/projects/{projectId}")
public class ProjectContextResource extends ProjectContextEndpoint {
}
