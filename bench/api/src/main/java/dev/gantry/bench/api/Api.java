package dev.gantry.bench.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** Single calls to the API for setting a benchmark up and for the timed operations of bigproject. */
final class Api {

    record Reply(int status, Map<String, java.util.List<String>> headers, byte[] body, long nanos) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return Json.parse(body);
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        String describe() {
            return "HTTP " + status + ": " + new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private volatile String token;

    Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    void token(String token) {
        this.token = token;
    }

    Reply get(String path, Duration timeout) {
        return send(request(path, timeout).GET().build());
    }

    Reply postJson(String path, String json, Duration timeout) {
        return send(request(path, timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply post(String path, String contentType, byte[] body, Duration timeout) {
        return send(request(path, timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Reply patchJson(String path, String ifMatch, String json, Duration timeout) {
        return send(request(path, timeout).header("Content-Type", "application/merge-patch+json")
                .header("If-Match", ifMatch).method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** A timeout or a refused connection is a reply with status 0 and the reason as the body: the caller reports it. */
    private Reply send(HttpRequest request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().map(), r.body(), System.nanoTime() - t0);
        } catch (IOException e) {
            return new Reply(0, Map.of(), (e.getClass().getSimpleName() + ": " + e.getMessage())
                    .getBytes(StandardCharsets.UTF_8), System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** An access token with the password grant of the gantry-cli client, as {@code ./gantry token} gets it. */
    static String token(String issuerUrl, String user, String password) {
        StringJoiner form = new StringJoiner("&");
        Map.of("grant_type", "password", "client_id", "gantry-cli", "username", user, "password", password,
                "scope", "openid").forEach((k, v) -> form.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + ": HTTP " + r.statusCode()
                        + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return Json.parse(r.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak does not answer at " + issuerUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
