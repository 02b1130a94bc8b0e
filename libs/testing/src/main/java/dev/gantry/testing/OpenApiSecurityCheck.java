package dev.gantry.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The security sweep of a service, from its own OpenAPI document and its class files, so that no endpoint is
 * forgotten: the operations the document lists are exactly the service's JAX-RS resource methods (found by
 * reflection, {@link ResourceMethods}); the only ones documented without a security requirement are those the test
 * lists as public; and every other one, called without a token, answers 401 with an {@code application/problem+json}
 * body.
 *
 * <p>Runs against the application started by {@code @QuarkusTest} (RestAssured's base URI and port are set by
 * Quarkus). Operations under {@code /q/} (health, metrics, the document itself) are not the service's own and are
 * left out.
 *
 * <pre>{@code
 * @Test
 * void everyOperationButTheCalendarFeedNeedsAToken() {
 *     Set<String> operations = ResourceMethods.in("dev.gantry.projects", "dev.gantry.platform")
 *             .servedUnder("/platform", "/api/projects");
 *     OpenApiSecurityCheck.assertEveryOperationNeedsATokenExcept(operations,
 *             Set.of("GET /api/projects/calendar-feeds/{secret}.ics"));
 * }
 * }</pre>
 */
public final class OpenApiSecurityCheck {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiSecurityCheck() {
    }

    /**
     * Checks that the document lists exactly {@code resourceMethods}, that exactly {@code publicOperations} of them
     * are documented without a security requirement (or with an optional one), and calls every other one without a
     * token, expecting 401 + problem+json.
     *
     * @param resourceMethods  the service's operations as {@code "METHOD /path"}, found by {@link ResourceMethods}
     * @param publicOperations those anyone may call without a token, as {@code "METHOD /path"}
     * @return the operations called, sorted: every resource method but the public ones
     * @throws AssertionError listing every difference between the document and the resource methods, and every
     *                        operation that answered otherwise
     */
    public static List<String> assertEveryOperationNeedsATokenExcept(Set<String> resourceMethods,
                                                                     Set<String> publicOperations) {
        List<Operation> operations = operations(fetchDocument());
        Set<String> documented = operations.stream().map(Operation::label).collect(Collectors.toCollection(TreeSet::new));
        Set<String> unsecured = operations.stream().filter(op -> !op.secured()).map(Operation::label)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> mismatches = new ArrayList<>();
        mismatch(mismatches, "Resource methods missing from the OpenAPI document", minus(resourceMethods, documented));
        mismatch(mismatches, "Documented operations that are no resource method", minus(documented, resourceMethods));
        mismatch(mismatches, "Public operations that are no resource method", minus(publicOperations, resourceMethods));
        mismatch(mismatches, "Documented without a security requirement, but not listed as public",
                minus(unsecured, publicOperations));
        mismatch(mismatches, "Listed as public, but documented with a security requirement",
                minus(minus(publicOperations, unsecured), minus(publicOperations, documented)));
        if (!mismatches.isEmpty()) {
            throw new AssertionError("The OpenAPI document does not match the resource methods:\n"
                    + String.join("\n", mismatches));
        }

        List<String> called = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            if (publicOperations.contains(op.label())) {
                continue;
            }
            String url = op.concretePath();
            RequestSpecification request = given().redirects().follow(false);
            if (op.hasJsonBody()) {
                request = request.contentType("application/json").body("{}");
            }
            Response response = request.request(Method.valueOf(op.method().toUpperCase(Locale.ROOT)), url);
            String contentType = response.getContentType();
            boolean problemJson = contentType != null
                    && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
            // HEAD responses have no body, so only the status can be checked there.
            boolean headOk = op.method().equals("head") && response.statusCode() == 401;
            if (response.statusCode() != 401 || (!problemJson && !headOk)) {
                failures.add(op.label() + " (called as " + url + ") answered " + response.statusCode()
                        + " with Content-Type " + contentType);
            }
            called.add(op.label());
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Requests without a token must get 401 application/problem+json, but:\n  "
                    + String.join("\n  ", failures));
        }
        Collections.sort(called);
        return called;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> difference = new TreeSet<>(a);
        difference.removeAll(b);
        return difference;
    }

    private static void mismatch(List<String> out, String what, Set<String> operations) {
        if (!operations.isEmpty()) {
            out.add("  " + what + ":\n    " + String.join("\n    ", operations));
        }
    }

    private static JsonNode fetchDocument() {
        Response response = given().queryParam("format", "json").get("/q/openapi");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /q/openapi?format=json answered " + response.statusCode()
                    + "; is quarkus-smallrye-openapi on the class path?");
        }
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new AssertionError("/q/openapi did not return JSON: " + e.getMessage(), e);
        }
    }

    private static List<Operation> operations(JsonNode document) {
        JsonNode rootSecurity = document.get("security");
        List<Operation> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            JsonNode pathItem = path.getValue();
            Iterator<Map.Entry<String, JsonNode>> methods = pathItem.fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue; // "parameters", "summary", ...
                }
                JsonNode op = method.getValue();
                JsonNode security = op.has("security") ? op.get("security") : rootSecurity;
                result.add(new Operation(method.getKey(), path.getKey(), pathItem, op, isSecured(security)));
            }
        }
        return result;
    }

    /** Secured when there is at least one requirement and none of them is the empty ("anonymous") one. */
    private static boolean isSecured(JsonNode security) {
        if (security == null || !security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private record Operation(String method, String path, JsonNode pathItem, JsonNode op, boolean secured) {

        String label() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        boolean hasJsonBody() {
            JsonNode content = op.path("requestBody").path("content");
            Iterator<String> types = content.fieldNames();
            while (types.hasNext()) {
                if (types.next().contains("json")) {
                    return true;
                }
            }
            return false;
        }

        /** The path with each parameter replaced by a plausible value: 0 for integers, a random UUID otherwise. */
        String concretePath() {
            Matcher m = PATH_PARAM.matcher(path);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String type = parameterType(name);
                String value = "integer".equals(type) || "number".equals(type) ? "0" : UUID.randomUUID().toString();
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        private String parameterType(String name) {
            for (JsonNode parameters : List.of(op.path("parameters"), pathItem.path("parameters"))) {
                for (JsonNode p : parameters) {
                    if ("path".equals(p.path("in").asText()) && name.equals(p.path("name").asText())) {
                        return p.path("schema").path("type").asText(null);
                    }
                }
            }
            return null;
        }
    }
}
