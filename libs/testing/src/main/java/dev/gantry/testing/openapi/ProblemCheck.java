package dev.gantry.testing.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every error answer must be (docs/api.md, "Errors"): {@code application/problem+json} whose {@code type} is
 * one of the documented {@link DocumentedProblem}s, with the HTTP status in {@code status} and that type's status, and a
 * {@code detail} that says what went wrong this time — not the bare reason phrase a framework answers with when
 * nobody mapped the failure ("HTTP 400 Bad Request").
 */
final class ProblemCheck {

    private static final Pattern BARE_REASON_PHRASE = Pattern.compile("HTTP \\d{3}( .*)?");

    private ProblemCheck() {
    }

    /** What is wrong with an error answer; empty when it is a proper problem. */
    static List<String> violations(ApiClient.Answer answer) {
        List<String> violations = new ArrayList<>();
        String contentType = answer.contentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            violations.add("Content-Type is " + contentType + ", not application/problem+json");
            return violations;
        }
        JsonNode problem = answer.json();
        if (problem == null || !problem.isObject()) {
            violations.add("the body is not a JSON object");
            return violations;
        }
        String type = problem.path("type").asText("");
        Optional<DocumentedProblem> known = typeOf(type);
        if (known.isEmpty()) {
            violations.add("type '" + type + "' is not one of the documented problem types");
        } else if (known.get().status() != answer.status()) {
            violations.add("type '" + type + "' is for status " + known.get().status() + ", not " + answer.status());
        }
        if (problem.path("status").asInt(-1) != answer.status()) {
            violations.add("member status is " + problem.path("status") + ", not " + answer.status());
        }
        String detail = problem.path("detail").asText("").trim();
        if (detail.isEmpty() || BARE_REASON_PHRASE.matcher(detail).matches()) {
            violations.add("detail '" + detail + "' does not say what was wrong");
        }
        return violations;
    }

    /** The problem type of an answer, when it is a problem of a known type. */
    static Optional<DocumentedProblem> typeOf(ApiClient.Answer answer) {
        JsonNode problem = answer.json();
        return problem == null ? Optional.empty() : typeOf(problem.path("type").asText(""));
    }

    private static Optional<DocumentedProblem> typeOf(String uri) {
        for (DocumentedProblem type : DocumentedProblem.values()) {
            if (type.uri().toString().equals(uri)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** True for {@code application/problem+json} answers (case-insensitive, parameters ignored). */
    static boolean isProblem(ApiClient.Answer answer) {
        String contentType = answer.contentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
    }
}
