package dev.gantry.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A small JSON-over-HTTP client for health checks, tokens, the demo seed and the end-to-end test. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    /** A response: status, headers and body (parsed as JSON when it is JSON). */
    public record Response(int status, HttpResponse<String> raw) {
        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            try {
                String b = raw.body();
                return b == null || b.isBlank() ? JSON.nullNode() : JSON.readTree(b);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (status " + status + "): " + abbreviate(raw.body()), e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            String ct = header("Content-Type");
            return ct == null ? "" : ct;
        }

        @Override
        public String toString() {
            return raw.request().method() + " " + raw.uri() + " -> " + status + " " + abbreviate(raw.body());
        }
    }

    /** The status of a GET, or -1 if nothing answered. */
    public static int status(String url) {
        try {
            return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build()).status();
        } catch (IOException e) {
            return -1;
        }
    }

    public static Response get(String url, String token) throws IOException {
        return send(request(url, token).GET().build());
    }

    public static Response post(String url, String token, Object body) throws IOException {
        return post(url, token, body, Map.of());
    }

    public static Response post(String url, String token, Object body, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = request(url, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        headers.forEach(b::setHeader);
        return send(b.build());
    }

    public static Response send(String method, String url, String token, Object body, Map<String, String> headers)
            throws IOException {
        HttpRequest.Builder b = request(url, token);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        }
        headers.forEach(b::setHeader);
        return send(b.build());
    }

    public static Response postForm(String url, Map<String, String> form) throws IOException {
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Response send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 400 ? one.substring(0, 400) + "…" : one;
    }
}
