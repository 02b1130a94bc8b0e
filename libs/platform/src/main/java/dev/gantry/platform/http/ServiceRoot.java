package dev.gantry.platform.http;

import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.errors.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;

/**
 * Serves the platform's own endpoints (e.g. outbox administration) under each service's root,
 * {@code gantry.api-root}: {@code /api/projects/admin/...} in projects-service, {@code /api/risks/admin/...} in
 * risk-service.
 *
 * <p>A JAX-RS path is fixed at build time, and a template such as {@code /{root}/admin} loses to a service's own
 * {@code /api/projects/{projectId}}, which matches the same requests with a longer literal prefix. So platform
 * resources are declared under {@link #PLATFORM}, requests under the root are routed there before matching, and
 * {@link #PLATFORM} itself answers 404: clients only ever see the service's root. The OpenAPI document shows the
 * paths under the root too ({@code ServiceRootFilter}).
 */
public class ServiceRoot {

    /** Where platform resources are declared; never reachable directly. */
    public static final String PLATFORM = "/platform";
    /** The part of the service's root that belongs to the platform. */
    public static final String ADMIN = "/admin/";

    private final String apiRoot;

    ServiceRoot(GantryConfig config) {
        this.apiRoot = config.apiRoot();
    }

    @ServerRequestFilter(preMatching = true)
    public Response route(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (path.startsWith(PLATFORM + "/") || path.equals(PLATFORM)) {
            return ProblemResponses.of(ProblemType.NOT_FOUND, "No resource at " + path, path);
        }
        if (path.startsWith(apiRoot + ADMIN)) {
            request.setRequestUri(UriBuilder.fromUri(uri)
                    .replacePath(PLATFORM + path.substring(apiRoot.length())).build());
        }
        return null;
    }

    /** The path a client used for {@code path}, which may be the internal path of a platform resource. */
    static String external(String path) {
        if (path == null || !path.startsWith(PLATFORM + "/")) {
            return path;
        }
        return GantryConfig.current().apiRoot() + path.substring(PLATFORM.length());
    }
}
