package dev.gantry.testing.openapi;

import java.net.URI;

/**
 * The problem types docs/api.md promises, with their statuses: what the suites hold answers to. Kept here rather
 * than taken from the platform's own enum, so that a type the platform adds or renames without documenting it is a
 * finding, not silently expected.
 */
public enum DocumentedProblem {
    VALIDATION(400, "validation"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    EVENT_TOO_LARGE(422, "event-too-large"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    SERVICE_UNAVAILABLE(503, "service-unavailable"),
    UNEXPECTED(500, "unexpected");

    private static final String BASE = "https://gantry.dev/problems/";

    private final int status;
    private final String slug;

    DocumentedProblem(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }
}
