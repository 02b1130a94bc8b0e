package dev.gantry.projects.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.http.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * This service raises the platform's body limit for MS Project imports; every other endpoint keeps the usual JSON
 * limit ({@code projects.http.max-json-body-size}), answered with a 413 problem before the body is read.
 */
@ApplicationScoped
public class RequestBodyLimit {

    static final String IMPORT_PATH = "/api/projects/import";

    private final long maxBytes;
    private final ObjectMapper mapper;

    RequestBodyLimit(@ConfigProperty(name = "projects.http.max-json-body-size", defaultValue = "1M") MemorySize max,
                     ObjectMapper mapper) {
        this.maxBytes = max.asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && !IMPORT_PATH.equals(context.request().path()) && exceeds(length)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body(context.request().path()));
                return;
            }
            context.next();
        });
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String body(String path) {
        Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(), 413,
                "The body is larger than the limit of " + maxBytes + " bytes", path, List.of(), List.of(),
                null);
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"status\":413,\"title\":\"Request body too large\"}";
        }
    }
}
