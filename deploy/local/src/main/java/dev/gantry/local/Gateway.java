package dev.gantry.local;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The one base URL for frontends: routes {@code /api/projects/**}, {@code /api/resources/**}, {@code /api/risks/**}
 * and {@code /api/reports/**} to the services unchanged (path, query, headers, Host), as the Kubernetes ingress
 * does. CORS is answered by the services themselves (their {@code QUARKUS_HTTP_CORS_*} settings), as behind the
 * ingress, so that headers are never doubled.
 */
final class Gateway implements AutoCloseable {

    /**
     * The proxy would send the origin's address as Host; keep the client's, so that URLs the services build (Location
     * headers, calendar subscription URLs) point at the gateway, as they point at the public host behind the ingress.
     */
    private static final ProxyInterceptor KEEP_HOST = new ProxyInterceptor() {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HostAndPort asked = context.request().proxiedRequest().authority();
            if (asked != null) {
                context.request().setAuthority(asked);
            }
            return context.sendRequest();
        }
    };

    private final Vertx vertx;
    private final HttpServer server;

    private Gateway(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    static Gateway start(StackConfig config) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2)
                .setInternalBlockingPoolSize(2));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(32).setKeepAlive(true).setConnectTimeout(5000));
        Map<String, HttpProxy> routes = new LinkedHashMap<>();
        for (StackConfig.Service s : StackConfig.Service.values()) {
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(config.servicePort(s), "127.0.0.1");
            proxy.addInterceptor(KEEP_HOST);
            routes.put(s.apiRoot, proxy);
        }
        HttpServer server = vertx.createHttpServer(new HttpServerOptions()
                .setHost("127.0.0.1").setPort(config.gatewayPort()).setCompressionSupported(false));
        server.requestHandler(req -> route(req, routes, config));
        try {
            server.listen().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new StackException("the gateway could not listen on port " + config.gatewayPort() + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        return new Gateway(vertx, server);
    }

    private static void route(HttpServerRequest req, Map<String, HttpProxy> routes, StackConfig config) {
        String path = req.path();
        for (Map.Entry<String, HttpProxy> r : routes.entrySet()) {
            String root = r.getKey();
            if (path.equals(root) || path.startsWith(root + "/")) {
                r.getValue().handle(req);
                return;
            }
        }
        if (path.equals("/") || path.equals("/api") || path.equals("/api/")) {
            JsonObject index = new JsonObject();
            JsonArray apis = new JsonArray();
            for (StackConfig.Service s : StackConfig.Service.values()) {
                apis.add(new JsonObject().put("path", s.apiRoot + "/**").put("service", s.module)
                        .put("openapi", config.serviceUrl(s) + "/q/openapi")
                        .put("swaggerUi", config.serviceUrl(s) + "/q/swagger-ui"));
            }
            index.put("name", "Gantry local stack").put("apis", apis)
                    .put("issuer", config.issuerUrl())
                    .put("tokenEndpoint", config.issuerUrl() + "/protocol/openid-connect/token");
            req.response().putHeader("Content-Type", "application/json").end(index.encodePrettily());
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Not Found")
                .put("status", 404)
                .put("detail", "No API at " + path + "; the gateway routes /api/projects, /api/resources, "
                        + "/api/risks and /api/reports.")
                .put("instance", path);
        req.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
