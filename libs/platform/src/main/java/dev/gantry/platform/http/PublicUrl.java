package dev.gantry.platform.http;

import dev.gantry.platform.config.GantryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;
import java.util.Optional;

/**
 * The base of every URL the service hands out. With {@code gantry.http.public-url} set, a client cannot make the
 * service hand out URLs on another host by sending its own {@code Host} header; a {@code Location} header a resource
 * built from the request is moved onto the public URL on its way out.
 */
@ApplicationScoped
public class PublicUrl {

    private final Optional<URI> configured;

    PublicUrl(GantryConfig config) {
        this.configured = config.http().publicUrl();
    }

    /** The service's base URL for {@code uri}'s request: the configured public URL, or the request's own base. */
    public UriBuilder base(UriInfo uri) {
        return configured.map(UriBuilder::fromUri).orElseGet(uri::getBaseUriBuilder);
    }

    @ServerResponseFilter
    public void publicLocation(ContainerResponseContext response) {
        if (configured.isEmpty()) {
            return;
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri = URI.create(location.toString());
        if (!uri.isAbsolute()) {
            return;
        }
        URI base = configured.get();
        URI moved = UriBuilder.fromUri(uri).scheme(base.getScheme()).host(base.getHost()).port(base.getPort()).build();
        response.getHeaders().putSingle(HttpHeaders.LOCATION, moved);
    }
}
