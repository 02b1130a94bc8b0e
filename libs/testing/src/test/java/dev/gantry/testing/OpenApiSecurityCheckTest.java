package dev.gantry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the check against a small HTTP server that serves an OpenAPI document shaped like Quarkus's and answers
 * like a secured Quarkus service, except where a test makes it leak.
 */
class OpenApiSecurityCheckTest {

    private static final String OPENAPI = """
            {"openapi":"3.1.0",
             "components":{"securitySchemes":{"SecurityScheme":{"type":"openIdConnect"}}},
             "paths":{
              "/projects":{
                "get":{"security":[{"SecurityScheme":[]}]},
                "post":{"security":[{"SecurityScheme":[]}],
                        "requestBody":{"content":{"application/json":{"schema":{"type":"object"}}}}}},
              "/projects/{projectId}/tasks/{taskNo}":{
                "parameters":[{"name":"projectId","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}],
                "delete":{"security":[{"SecurityScheme":[]}],
                          "parameters":[{"name":"taskNo","in":"path","required":true,"schema":{"type":"integer"}}]}},
              "/public/info":{"get":{}},
              "/optional":{"get":{"security":[{},{"SecurityScheme":[]}]}},
              "/q/health":{"get":{}}
             }}""";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String leakingPath = "";

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        RestAssured.reset();
    }

    /** The operations the fake service's resource classes would declare: those of the document. */
    private static final Set<String> RESOURCE_METHODS = Set.of("GET /projects", "POST /projects",
            "DELETE /projects/{projectId}/tasks/{taskNo}", "GET /public/info", "GET /optional");
    private static final Set<String> PUBLIC = Set.of("GET /public/info", "GET /optional");

    @Test
    void callsEveryResourceMethodButThePublicOnesWithConcretePaths() {
        List<String> called = OpenApiSecurityCheck.assertEveryOperationNeedsATokenExcept(RESOURCE_METHODS, PUBLIC);

        assertThat(called).containsExactly("DELETE /projects/{projectId}/tasks/{taskNo}", "GET /projects",
                "POST /projects");
        assertThat(requests).filteredOn(r -> !r.startsWith("GET /q/openapi")).hasSize(3)
                .noneMatch(r -> r.contains("/public/") || r.contains("/optional"));
        String delete = requests.stream().filter(r -> r.startsWith("DELETE")).findFirst().orElseThrow();
        assertThat(delete).matches("DELETE /projects/[0-9a-f-]{36}/tasks/0");
    }

    @Test
    void aResourceMethodTheDocumentLacksOrADocumentedOperationWithoutOneFails() {
        Set<String> resourceMethods = new TreeSet<>(RESOURCE_METHODS);
        resourceMethods.add("PUT /projects/{projectId}");
        resourceMethods.remove("POST /projects");

        assertThatThrownBy(() -> OpenApiSecurityCheck.assertEveryOperationNeedsATokenExcept(resourceMethods, PUBLIC))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Resource methods missing from the OpenAPI document:\n    PUT /projects/{projectId}")
                .hasMessageContaining("Documented operations that are no resource method:\n    POST /projects");
        assertThat(requests).as("nothing is called while the document and the classes disagree")
                .allMatch(r -> r.startsWith("GET /q/openapi"));
    }

    @Test
    void anUnsecuredOperationNotListedAsPublicOrAPublicOneDocumentedAsSecuredFails() {
        assertThatThrownBy(() -> OpenApiSecurityCheck.assertEveryOperationNeedsATokenExcept(RESOURCE_METHODS,
                Set.of("GET /public/info", "GET /projects")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Documented without a security requirement, but not listed as public:\n"
                        + "    GET /optional")
                .hasMessageContaining("Listed as public, but documented with a security requirement:\n"
                        + "    GET /projects");
        assertThatThrownBy(() -> OpenApiSecurityCheck.assertEveryOperationNeedsATokenExcept(RESOURCE_METHODS,
                Set.of("GET /public/info", "GET /optional", "GET /elsewhere")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Public operations that are no resource method:\n    GET /elsewhere");
    }

    @Test
    void reportsOperationsThatDoNotAnswer401ProblemJson() {
        leakingPath = "/projects";
        assertThatThrownBy(() -> OpenApiSecurityCheck.assertEveryOperationNeedsATokenExcept(RESOURCE_METHODS, PUBLIC))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /projects (called as /projects) answered 200")
                .hasMessageContaining("POST /projects (called as /projects) answered 200");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        exchange.getRequestBody().readAllBytes();
        if (path.equals("/q/openapi")) {
            respond(exchange, 200, "application/json", OPENAPI);
        } else if (path.equals(leakingPath) || path.equals("/public/info") || path.equals("/optional")) {
            respond(exchange, 200, "application/json", "[]");
        } else if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            respond(exchange, 401, "application/problem+json",
                    "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}");
        } else {
            respond(exchange, 204, "application/json", "");
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
