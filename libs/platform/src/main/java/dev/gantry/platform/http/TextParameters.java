package dev.gantry.platform.http;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses a NUL character ({@code %00}) in the path or a query parameter of any request, before it reaches an
 * endpoint: no Gantry identifier or filter contains one, and PostgreSQL refuses it in text, so a filter such as
 * {@code ?q=%00} would otherwise fail in the database as a 500.
 */
public class TextParameters {

    static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0);
            if (nul) {
                errors.add(FieldError.parameter(parameter.getKey().replace("\0", "\\u0000"), NUL_MESSAGE));
            }
        }
        String path = request.getUriInfo().getPath(true);
        if (path.indexOf('\0') >= 0) {
            errors.add(FieldError.parameter("path", NUL_MESSAGE));
        }
        if (errors.isEmpty()) {
            return null;
        }
        String detail = errors.size() == 1 ? errors.get(0).parameter() + ": " + NUL_MESSAGE
                : errors.size() + " parameters " + NUL_MESSAGE;
        return ProblemResponses.of(ProblemType.VALIDATION, 400, detail,
                ServiceRoot.external(request.getUriInfo().getPath()), errors, List.of());
    }
}
