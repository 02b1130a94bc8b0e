package dev.gantry.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.errors.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Refuses bodies larger than {@code gantry.http.max-body-size} (or {@code gantry.http.max-upload-size} on the paths
 * listed in {@code gantry.http.upload-paths}) with a 413 problem before they are read.
 * {@code quarkus.http.limits.max-body-size} stays as the hard limit for bodies sent without a Content-Length.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final long maxUploadBytes;
    private final Set<String> uploadPaths;
    private final ObjectMapper mapper;

    BodySizeLimit(GantryConfig config, ObjectMapper mapper) {
        this.maxBytes = config.http().maxBodySize().asLongValue();
        this.maxUploadBytes = config.http().maxUploadSize().asLongValue();
        this.uploadPaths = Set.copyOf(config.http().uploadPaths().orElse(List.of()));
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long limit = uploadPaths.contains(context.request().path()) ? maxUploadBytes : maxBytes;
            if (length != null && exceeds(length, limit)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body(context.request().path(), limit));
                return;
            }
            context.next();
        });
    }

    private static boolean exceeds(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String body(String path, long limit) {
        Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(), 413,
                "The body is larger than the limit of " + limit + " bytes", path, List.of(), List.of(),
                ProblemResponses.traceId());
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"status\":413,\"title\":\"Request body too large\",\"type\":\""
                    + URI.create(ProblemType.PAYLOAD_TOO_LARGE.uri().toString()) + "\"}";
        }
    }
}
