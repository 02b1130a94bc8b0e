package dev.gantry.testing.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The broken properties a suite found, grouped for reading: by property, then by operation, with the first few
 * requests that broke it and what they got. One wrong answer usually repeats across many operations (they share
 * the platform), so the grouping shows the size of a problem at a glance and one example is enough to reproduce it.
 */
final class Findings {

    private static final int EXAMPLES_PER_OPERATION = 2;

    private final List<Finding> all = new ArrayList<>();

    void add(String property, ApiOperation op, String what, ApiRequest request, String answer) {
        add(property, op.label(), what, request, answer);
    }

    void add(String property, String operation, String what, ApiRequest request, String answer) {
        all.add(new Finding(property, operation, what, request == null ? "" : request.describe(), answer));
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int size() {
        return all.size();
    }

    /** Number of findings per property, for the run's summary. */
    Map<String, Integer> countByProperty() {
        Map<String, Integer> counts = new TreeMap<>();
        all.forEach(f -> counts.merge(f.property(), 1, Integer::sum));
        return counts;
    }

    /** The findings as a report: a summary line per property, then the operations and examples. */
    String report() {
        Map<String, Map<String, List<Finding>>> grouped = new TreeMap<>();
        for (Finding f : all) {
            grouped.computeIfAbsent(f.property(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(f.operation(), o -> new ArrayList<>()).add(f);
        }
        StringBuilder sb = new StringBuilder();
        grouped.forEach((property, byOperation) -> {
            int count = byOperation.values().stream().mapToInt(List::size).sum();
            sb.append("\n[").append(property).append("] ").append(count).append(count == 1 ? " request" : " requests")
                    .append(" on ").append(byOperation.size()).append(byOperation.size() == 1 ? " operation" : " operations")
                    .append(": ").append(Properties.describe(property));
            byOperation.forEach((operation, findings) -> {
                sb.append("\n  ").append(operation).append(" (").append(findings.size()).append(')');
                for (Finding f : findings.subList(0, Math.min(EXAMPLES_PER_OPERATION, findings.size()))) {
                    sb.append("\n    - ").append(f.what());
                    if (!f.request().isEmpty()) {
                        sb.append("\n      ").append(f.request());
                    }
                    sb.append("\n      → ").append(f.answer());
                }
            });
        });
        return sb.toString();
    }

    private record Finding(String property, String operation, String what, String request, String answer) {
    }

    /** The properties the suites check, by the short names reports use. */
    static final class Properties {

        static final String ANSWERED = "answered";
        static final String NO_SERVER_ERROR = "no-5xx";
        static final String PROBLEM = "problem+json";
        static final String REFUSED = "refused";
        static final String MALFORMED = "malformed-request";
        static final String UNCHANGED = "nothing-changed";
        static final String STORED_AS_SENT = "stored-as-sent";
        static final String STALE_IS_412 = "stale-if-match-is-412";
        static final String EXPECTED_STATUS = "documented-status";
        static final String CHALLENGE = "www-authenticate";
        static final String DOCUMENTED_SECURITY = "openapi-security";

        private Properties() {
        }

        static String describe(String property) {
            return switch (property) {
                case ANSWERED -> "every request gets an answer within 30 s";
                case NO_SERVER_ERROR -> "no request, however hostile, gets a 5xx";
                case PROBLEM -> "every 4xx is application/problem+json with a platform problem type, its status,"
                        + " and a detail that says what was wrong";
                case REFUSED -> "input the API guide calls invalid (malformed JSON, wrong types, unknown fields,"
                        + " unknown enum values, unusable headers and parameters) is refused with a 4xx";
                case MALFORMED -> "a body that is not well-formed JSON is 400 malformed-request";
                case UNCHANGED -> "a refused request (4xx) changes nothing in the database";
                case STORED_AS_SENT -> "text that was accepted reads back as it was sent";
                case STALE_IS_412 -> "of concurrent writers sending the same If-Match, one wins and the others get 412";
                case EXPECTED_STATUS -> "each caller gets the status docs/api.md documents";
                case CHALLENGE -> "a 401 carries WWW-Authenticate: Bearer";
                case DOCUMENTED_SECURITY -> "the OpenAPI security requirement says what the documentation says";
                default -> property;
            };
        }
    }
}
