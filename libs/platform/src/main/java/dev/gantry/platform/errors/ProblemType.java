package dev.gantry.platform.errors;

import java.net.URI;

/**
 * The kinds of problem Gantry reports, each with its HTTP status and a stable type URI that clients can switch on.
 * The URIs are documented in docs/api.md.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "The request is not valid"),
    MALFORMED_REQUEST(400, "malformed-request", "The request body cannot be read"),
    UNAUTHORIZED(401, "unauthorized", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key reused for a different request"),
    EVENT_TOO_LARGE(422, "event-too-large", "The change would produce an event over the size limit"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match is required"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Temporarily unavailable"),
    UNEXPECTED(500, "unexpected", "Unexpected error");

    private static final String BASE = "https://gantry.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? UNEXPECTED : MALFORMED_REQUEST;
    }
}
