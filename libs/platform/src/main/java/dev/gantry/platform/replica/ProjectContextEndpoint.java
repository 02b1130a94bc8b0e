package dev.gantry.platform.replica;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * {@code GET {api-root}/projects/{projectId}}: the project as a service that keeps the replica knows it. A service
 * declares it under its own root with an empty subclass, since a JAX-RS path is fixed at build time:
 *
 * <pre>{@code
 * @Authenticated
 * @Path("/api/risks/projects/{projectId}")
 * public class ProjectContextResource extends ProjectContextEndpoint { }
 * }</pre>
 *
 * The subclass repeats {@code @Authenticated}: the OpenAPI document takes an operation's security requirement from
 * the class that declares the path.
 */
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Projects")
public abstract class ProjectContextEndpoint {

    @Inject
    ProjectContexts contexts;

    @GET
    @Operation(summary = "The project as this service knows it",
            description = "Name, type, status, dates and members, kept from project events. 404 if you are not a member.")
    public ProjectContextResponse get(@PathParam("projectId") UUID projectId) {
        return contexts.get(projectId);
    }
}
