package dev.gantry.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.gantry.testing.openapi.ApiDocument;
import dev.gantry.testing.openapi.ApiOperation;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Checks, from the application's own OpenAPI document, that every secured operation rejects a request
 * without a token with 401 and an {@code application/problem+json} body, so that no endpoint is forgotten. (The
 * {@link dev.gantry.testing.openapi.OpenApiSecurityMatrix} checks every other kind of caller too.)
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

    private OpenApiSecurityCheck() {
    }

    /**
     * Calls every secured operation without a token and asserts 401 + problem+json.
     *
     * @return the operations checked, as {@code "METHOD /path"}
     * @throws AssertionError listing every operation that answered otherwise
     */
    public static List<String> assertAnonymousRequestsRejected() {
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (ApiOperation op : ApiDocument.ofRunningApplication().operations()) {
            if (!op.declaresSecurity()) {
                continue;
            }
            String url = concretePath(op);
            RequestSpecification request = given().redirects().follow(false);
            if (op.takesJson()) {
                request = request.contentType("application/json").body("{}");
            }
            Response response = request.request(Method.valueOf(op.method()), url);
            String contentType = response.getContentType();
            boolean problemJson = contentType != null
                    && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
            // HEAD responses have no body, so only the status can be checked there.
            boolean headOk = op.method().equals("HEAD") && response.statusCode() == 401;
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
        return ApiDocument.ofRunningApplication().operations().stream().filter(op -> !op.declaresSecurity())
                .map(ApiOperation::label).toList();
    }

    /** The path with each parameter replaced by a plausible value: 0 for integers, a random UUID otherwise. */
    private static String concretePath(ApiOperation op) {
        String path = op.path();
        for (String name : op.pathParameterNames()) {
            boolean integer = op.parameters("path").stream()
                    .anyMatch(p -> p.name().equals(name) && (p.type().equals("integer") || p.type().equals("number")));
            path = path.replace("{" + name + "}", integer ? "0" : UUID.randomUUID().toString());
        }
        return path;
    }
}
