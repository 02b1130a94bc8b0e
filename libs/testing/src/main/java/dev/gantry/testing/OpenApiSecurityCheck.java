package dev.gantry.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.gantry.testing.openapi.ApiDocument;
import dev.gantry.testing.openapi.ApiOperation;
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
        List<ApiOperation> operations = ApiDocument.ofRunningApplication().operations();
        Set<String> documented = operations.stream().map(ApiOperation::label)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> unsecured = operations.stream().filter(op -> !op.declaresSecurity()).map(ApiOperation::label)
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
        for (ApiOperation op : operations) {
            if (publicOperations.contains(op.label())) {
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
            called.add(op.label());
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Requests without a token must get 401 application/problem+json, but:\n  "
                    + String.join("\n  ", failures));
        }
        Collections.sort(called);
        return called;
    }

    /** The path with each parameter replaced by a plausible value: 0 for numbers, a random UUID otherwise. */
    private static String concretePath(ApiOperation op) {
        String path = op.path();
        for (ApiOperation.Parameter parameter : op.parameters("path")) {
            boolean numeric = "integer".equals(parameter.type()) || "number".equals(parameter.type());
            path = path.replace("{" + parameter.name() + "}", numeric ? "0" : UUID.randomUUID().toString());
        }
        return path.replaceAll("\\{[^}/]+}", UUID.randomUUID().toString());
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
}
