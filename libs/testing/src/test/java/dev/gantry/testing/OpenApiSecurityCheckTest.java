package dev.gantry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    @Test
    void checksEverySecuredOperationWithConcretePaths() {
        List<String> checked = OpenApiSecurityCheck.assertAnonymousRequestsRejected();

        assertEquals(List.of("GET /projects", "POST /projects", "DELETE /projects/{projectId}/tasks/{taskNo}"), checked);
        assertEquals(List.of("GET /public/info", "GET /optional"), OpenApiSecurityCheck.unsecuredOperations());
        String delete = requests.stream().filter(r -> r.startsWith("DELETE")).findFirst().orElseThrow();
        assertTrue(delete.matches("DELETE /projects/[0-9a-f-]{36}/tasks/0"), delete);
    }

    @Test
    void reportsOperationsThatDoNotAnswer401ProblemJson() {
        leakingPath = "/projects";
        AssertionError error = assertThrows(AssertionError.class, OpenApiSecurityCheck::assertAnonymousRequestsRejected);
        assertTrue(error.getMessage().contains("GET /projects (called as /projects) answered 200"), error.getMessage());
        assertTrue(error.getMessage().contains("POST /projects"), error.getMessage());
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
