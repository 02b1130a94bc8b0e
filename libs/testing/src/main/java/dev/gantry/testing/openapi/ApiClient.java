package dev.gantry.testing.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;

/**
 * Sends {@link ApiRequest}s byte for byte. The JDK client is used rather than RestAssured because RestAssured
 * rewrites what the suites must control: it adds a charset to content types, re-encodes URLs and bodies.
 */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String baseUrl;

    private ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The application started by {@code @QuarkusTest}: Quarkus sets RestAssured's base URI and port. */
    static ApiClient local() {
        String base = RestAssured.baseURI + ":" + RestAssured.port + (RestAssured.basePath == null ? ""
                : RestAssured.basePath.replaceAll("/$", ""));
        return new ApiClient(base);
    }

    /**
     * Sends the request; an I/O failure or a timeout is answered with status 0 and the failure as text, so that
     * the suites report it like any other wrong answer. The JDK client only sends valid URIs: invalid
     * percent-encoding ({@code %%}) cannot be tested through it.
     */
    Answer send(ApiRequest request) {
        long started = System.nanoTime();
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.target()))
                    .timeout(TIMEOUT);
            byte[] body = request.body();
            builder.method(request.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            request.headers().forEach(builder::header);
            HttpResponse<byte[]> response = HTTP.send(builder.build(), ApiClient::bodyUnlessStream);
            return new Answer(response.statusCode(), response.headers().map(), response.body(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.target(), e);
        } catch (IOException e) {
            return new Answer(0, Map.of(), String.valueOf(e).getBytes(StandardCharsets.UTF_8),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The suite built a request the HTTP client cannot send: "
                    + request.describe(), e);
        }
    }

    /**
     * The whole body, except of a stream of server-sent events, which does not end: its status and headers are the
     * answer, and the stream is closed at once.
     */
    private static HttpResponse.BodySubscriber<byte[]> bodyUnlessStream(HttpResponse.ResponseInfo info) {
        boolean stream = info.headers().firstValue("Content-Type").map(t -> t.toLowerCase(Locale.ROOT)
                .startsWith("text/event-stream")).orElse(false);
        if (!stream) {
            return HttpResponse.BodySubscribers.ofByteArray();
        }
        return new HttpResponse.BodySubscriber<>() {
            private final java.util.concurrent.CompletableFuture<byte[]> body =
                    new java.util.concurrent.CompletableFuture<>();

            @Override
            public java.util.concurrent.CompletionStage<byte[]> getBody() {
                return body;
            }

            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                subscription.cancel();
                body.complete(new byte[0]);
            }

            @Override
            public void onNext(List<java.nio.ByteBuffer> item) {
            }

            @Override
            public void onError(Throwable throwable) {
                body.complete(new byte[0]);
            }

            @Override
            public void onComplete() {
                body.complete(new byte[0]);
            }
        };
    }

    /** A response: status (0 when none came), headers, body. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body, Duration took) {

        String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
        }

        String contentType() {
            String type = header("Content-Type");
            return type == null ? null : type.toLowerCase(Locale.ROOT);
        }

        String text() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }

        /** The body as JSON, or {@code null} when it is not JSON. */
        JsonNode json() {
            if (body == null || body.length == 0) {
                return null;
            }
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        boolean successful() {
            return status >= 200 && status < 300;
        }

        boolean clientError() {
            return status >= 400 && status < 500;
        }

        /** Status, content type and the start of the body, for reports. */
        String describe() {
            if (status == 0) {
                return "no answer: " + text();
            }
            String shown = body == null || body.length == 0 ? "(no body)" : ApiRequest.preview(body);
            return status + " " + contentType() + " " + shown;
        }
    }
}
