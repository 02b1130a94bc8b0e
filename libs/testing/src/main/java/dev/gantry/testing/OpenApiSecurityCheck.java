package dev.gantry.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Checks, from the application's own OpenAPI document, that every secured operation rejects a request
 * without a token with 401 and an {@code application/problem+json} body, so that no endpoint is forgotten.
 *
 * <p>Runs against the application started by {@code @QuarkusTest} (RestAssured's base URI and port are set by
 * Quarkus). Operations under {@code /q/} and operations whose effective OpenAPI security requirement is empty
 * or optional are skipped; {@link #unsecuredOperations()} lists the latter so a test can pin them down.
 *
 * <pre>{@code
 * @Test
 * void everyEndpointNeedsAToken() {
 *     assertFalse(OpenApiSecurityCheck.assertAnonymousRequestsRejected().isEmpty());
 *     assertEquals(List.of(), OpenApiSecurityCheck.unsecuredOperations());
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
     * Calls every secured operation without a token and asserts 401 + problem+json.
     *
     * @return the operations checked, as {@code "METHOD /path"}
     * @throws AssertionError listing every operation that answered otherwise
     */
    public static List<String> assertAnonymousRequestsRejected() {
        JsonNode document = fetchDocument();
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Operation op : operations(document)) {
            if (!op.secured()) {
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
            checked.add(op.label());
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Requests without a token must get 401 application/problem+json, but:\n  "
                    + String.join("\n  ", failures));
        }
        return checked;
    }

    /**
     * Operations outside {@code /q/} that declare no security requirement (or an optional one), as
     * {@code "METHOD /path"}; these are not checked by {@link #assertAnonymousRequestsRejected()}.
     */
    public static List<String> unsecuredOperations() {
        return operations(fetchDocument()).stream().filter(op -> !op.secured()).map(Operation::label).toList();
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
