package dev.gantry.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.platform.errors.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; the body of every error response.")
public record Problem(
        @Schema(description = "Stable URI identifying the kind of problem", example = "https://gantry.dev/problems/validation")
        URI type,
        @Schema(description = "Short summary of the kind of problem", example = "The request is not valid")
        String title,
        @Schema(description = "HTTP status", example = "400")
        int status,
        @Schema(description = "What went wrong on this occurrence", example = "name must not be blank")
        String detail,
        @Schema(description = "The request path", example = "/api/projects")
        String instance,
        @Schema(description = "One entry per invalid input, with a JSON Pointer into the body or a parameter name")
        List<FieldError> errors,
        @Schema(description = "For conflicts: the unmet conditions")
        List<String> reasons,
        @Schema(description = "Trace id of the request, to quote when reporting a problem", example = "4bf92f3577b34da6a3ce929d0e0e4736")
        String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
