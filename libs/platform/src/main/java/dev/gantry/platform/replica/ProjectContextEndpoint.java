package dev.gantry.platform.replica;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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
 * The subclass repeats {@code @Authenticated}, so that what the class says is what it does on its own.
 */
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Projects")
public abstract class ProjectContextEndpoint {

    @Inject
    ProjectContexts contexts;

    @GET
    // The OpenAPI scan of the concrete subclass does not see @Authenticated on this class: without this line the
    // document would show the operation as open to anonymous callers, although it answers them 401.
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The project as this service knows it",
            description = "Name, type, status, dates and members, kept from project events. 404 if you are not a member.")
    public ProjectContextResponse get(@PathParam("projectId") UUID projectId) {
        return contexts.get(projectId);
    }
}
