package dev.gantry.platform.http;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ProblemType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem+json responses; the only place that does. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String path) {
        return of(type, type.status(), detail, path, List.of(), List.of());
    }

    public static Response of(ProblemType type, int status, String detail, String path,
                              List<FieldError> errors, List<String> reasons) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, path, errors, reasons, traceId());
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gantry\"");
        }
        if (status == 503) {
            builder.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return builder.build();
    }

    static String traceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }
}
