package dev.gantry.platform.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.persistence.DatabaseOutage;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem+json response. Bad input is always a 4xx with what was wrong and
 * where; unexpected failures are logged with their trace id and answered without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Resources name their request-body parameter {@code body}, so a violation on it points at the whole body. */
    public static final String BODY_PARAMETER = "body";

    @ServerExceptionMapper
    public Response gantry(GantryException e, UriInfo uri) {
        List<String> reasons = e instanceof ConflictException conflict ? conflict.reasons() : List.of();
        return ProblemResponses.of(e.type(), e.type().status(), e.getMessage(), path(uri), e.errors(), reasons);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(ProblemMappers::location))
                .toList();
        String detail = errors.size() == 1
                ? location(errors.get(0)) + ": " + errors.get(0).message()
                : errors.size() + " inputs are not valid";
        return ProblemResponses.of(ProblemType.VALIDATION, 400, detail, path(uri), errors, List.of());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, 400,
                "The body is not well-formed JSON: " + e.getOriginalMessage(), path(uri), List.of(), List.of());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String known = e.getKnownPropertyIds() == null ? "" : " Known fields: " + e.getKnownPropertyIds().stream()
                .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".";
        return invalidBody(pointer(e), "unknown field '" + e.getPropertyName() + "'." + known, uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        Class<?> target = e.getTargetType();
        String message;
        if (target == String.class) {
            message = e.getOriginalMessage();
        } else if (target == Long.class || target == long.class) {
            message = "'" + e.getValue() + "' is not a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        } else if (target == Integer.class || target == int.class) {
            message = "'" + e.getValue() + "' is not a whole number from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE;
        } else if (target != null && target.isEnum()) {
            message = "'" + e.getValue() + "' is not one of " + Arrays.stream(target.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
        } else {
            message = "'" + e.getValue() + "' is not a valid " + describe(target);
        }
        return invalidBody(pointer(e), message, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String pointer = pointer(e);
        String message = e.getTargetType() == null
                ? "the value has the wrong type"
                : "expected " + describe(e.getTargetType());
        if (e.getPath().isEmpty()) {
            return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, 400,
                    "The body does not have the expected shape: " + message, path(uri), List.of(), List.of());
        }
        return invalidBody(pointer, message, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException parse) {
            // Bytes that are not JSON (or not UTF-8) inside a member: the body, not the member, is at fault.
            return malformedJson(parse, uri);
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return invalidBody(pointer(e), cause.getMessage() == null ? "invalid value" : firstLine(cause.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, 400,
                "The body cannot be read: " + e.getOriginalMessage(), path(uri), List.of(), List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        if (status == 400) {
            // The REST layer wraps what the JSON reader threw; answer as if the reader's exception had arrived.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonProcessingException json) {
                    return json(json, uri);
                }
                if (cause instanceof CharacterCodingException) {
                    return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, 400,
                            "The body is not valid UTF-8", path(uri), List.of(), List.of());
                }
            }
            String reason = e.getCause() == null || e.getCause().getMessage() == null ? null
                    : firstLine(e.getCause().getMessage());
            return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, 400,
                    reason == null ? "The request cannot be read" : "The request cannot be read: " + reason,
                    path(uri), List.of(), List.of());
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers a path or query parameter it cannot convert with 404; it is the client's input.
            String message = "a path or query parameter has an invalid value: " + firstLine(
                    String.valueOf(e.getCause().getMessage()));
            return ProblemResponses.of(ProblemType.VALIDATION, 400, message, path(uri), List.of(), List.of());
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "This resource does not support that method";
            case 415 -> "Send the body as application/json";
            case 406 -> "This resource answers application/json (errors as application/problem+json)";
            default -> e.getMessage();
        };
        return ProblemResponses.of(type, status, detail, path(uri), List.of(), List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHORIZED, 401,
                "Send a valid bearer access token in the Authorization header", path(uri), List.of(), List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, 403,
                "Your roles do not allow this operation", path(uri), List.of(), List.of());
    }

    /** The answer for whatever the JSON reader threw, by its kind. */
    private Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof InvalidFormatException invalid) {
            return invalidValue(invalid, uri);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri);
        }
        if (e instanceof JsonMappingException mapping) {
            return unreadableJson(mapping, uri);
        }
        if (e instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        return otherJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof GantryException gantry) {
                return gantry(gantry, uri);
            }
            if (cause instanceof ConstraintViolationException violation) {
                return constraintViolation(violation, uri);
            }
            if (cause instanceof JsonProcessingException json) {
                return json(json, uri);
            }
            boolean stale = cause instanceof OptimisticLockException || cause instanceof StaleStateException;
            if (stale && headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
                // Two updates passed the If-Match check with the same version; the database's version check let
                // one of them through. For the other, the version it named is stale: what a stale If-Match means.
                return ProblemResponses.of(ProblemType.PRECONDITION_FAILED, 412,
                        "The resource changed after the version in If-Match; read it again and reapply your change",
                        path(uri), List.of(), List.of());
            }
            if (stale) {
                return ProblemResponses.of(ProblemType.CONFLICT, 409,
                        "Someone else changed this resource at the same time; read it again and retry",
                        path(uri), List.of(), List.of());
            }
        }
        if (DatabaseOutage.isCauseOf(e)) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            LOG.warnf("Database unavailable while serving %s: %s", path(uri), root.toString());
            return ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, 503,
                    "A backing service is unavailable; retry shortly", path(uri), List.of(), List.of());
        }
        LOG.errorf(e, "Unexpected failure serving %s (trace %s)", path(uri), ProblemResponses.traceId());
        return ProblemResponses.of(ProblemType.UNEXPECTED, 500,
                "Something went wrong on our side; quote the trace id when reporting it", path(uri), List.of(), List.of());
    }

    private Response invalidBody(String pointer, String message, UriInfo uri) {
        String detail = (pointer.isEmpty() ? "body" : pointer) + ": " + message;
        return ProblemResponses.of(ProblemType.VALIDATION, 400, detail, path(uri),
                List.of(FieldError.body(pointer, message)), List.of());
    }

    private static FieldError fieldError(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        String parameter = null;
        boolean inBody = false;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                inBody = true;
                if (node.getIndex() != null) {
                    pointer.append('/').append(node.getIndex());
                }
                if (node.getName() != null && kind == ElementKind.PROPERTY) {
                    pointer.append('/').append(node.getName());
                }
            }
        }
        if (inBody) {
            return FieldError.body(pointer.toString(), violation.getMessage());
        }
        return BODY_PARAMETER.equals(parameter)
                ? FieldError.body("", "a JSON body is required")
                : FieldError.parameter(parameter, violation.getMessage());
    }

    private static String location(FieldError error) {
        return error.pointer() != null ? (error.pointer().isEmpty() ? "body" : error.pointer()) : error.parameter();
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == java.time.LocalDateTime.class) {
            return "local date-time (YYYY-MM-DDThh:mm:ss)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "date-time (ISO-8601 with offset)";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : ServiceRoot.external(uri.getRequestUri().getPath());
    }
}
