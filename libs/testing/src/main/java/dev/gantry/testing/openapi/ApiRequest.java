package dev.gantry.testing.openapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request exactly as the suites send it: path and query already percent-encoded (so that a test can send
 * bytes no well-behaved client would, such as invalid UTF-8), headers as given, the body as bytes. Immutable; every
 * change returns a copy.
 */
public final class ApiRequest {

    private static final int PREVIEW = 400;

    private final String method;
    private final String path;
    private final List<String[]> query;
    private final Map<String, String> headers;
    private final byte[] body;

    private ApiRequest(String method, String path, List<String[]> query, Map<String, String> headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.body = body;
    }

    /** A request without query, headers or body; {@code encodedPath} must already be percent-encoded. */
    public static ApiRequest of(String method, String encodedPath) {
        return new ApiRequest(method.toUpperCase(Locale.ROOT), encodedPath, List.of(), Map.of(), null);
    }

    public static ApiRequest get(String encodedPath) {
        return of("GET", encodedPath);
    }

    /** Adds a query parameter, percent-encoding name and value as UTF-8. */
    public ApiRequest query(String name, String value) {
        return rawQuery(encode(name), encode(value));
    }

    /** Adds a query parameter whose name and value are already percent-encoded. */
    public ApiRequest rawQuery(String encodedName, String encodedValue) {
        List<String[]> copy = new ArrayList<>(query);
        copy.add(new String[]{encodedName, encodedValue});
        return new ApiRequest(method, path, List.copyOf(copy), headers, body);
    }

    /** Removes every query parameter of that (encoded) name. */
    public ApiRequest withoutQuery(String encodedName) {
        List<String[]> copy = new ArrayList<>(query);
        copy.removeIf(pair -> pair[0].equals(encodedName));
        return new ApiRequest(method, path, List.copyOf(copy), headers, body);
    }

    /** Sets a header, replacing one of the same name (case-insensitive). */
    public ApiRequest header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        copy.put(name, value);
        return new ApiRequest(method, path, query, Map.copyOf(copy), body);
    }

    public ApiRequest withoutHeader(String name) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        return new ApiRequest(method, path, query, Map.copyOf(copy), body);
    }

    /** Sets the body and its {@code Content-Type} ({@code null} sends none). */
    public ApiRequest body(byte[] bytes, String contentType) {
        ApiRequest withBody = new ApiRequest(method, path, query, headers, bytes);
        return contentType == null ? withBody.withoutHeader("Content-Type") : withBody.header("Content-Type", contentType);
    }

    public ApiRequest body(String text, String contentType) {
        return body(text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** The same request with another method (e.g. a read of what a write stored). */
    public ApiRequest withMethod(String newMethod) {
        return new ApiRequest(newMethod.toUpperCase(Locale.ROOT), path, query, headers, body);
    }

    /** The same request to another (already encoded) path. */
    public ApiRequest withPath(String encodedPath) {
        return new ApiRequest(method, encodedPath, query, headers, body);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String header(String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The body, or {@code null} when there is none. */
    public byte[] body() {
        return body == null ? null : body.clone();
    }

    /** Path and query, as sent. */
    public String target() {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder sb = new StringBuilder(path).append('?');
        for (int i = 0; i < query.size(); i++) {
            if (i > 0) {
                sb.append('&');
            }
            sb.append(query.get(i)[0]).append('=').append(query.get(i)[1]);
        }
        return sb.toString();
    }

    /**
     * The request as a report shows it: method, target, headers other than the token (which says nothing a reader
     * needs), and the body with control characters, surrogates and non-ASCII escaped, cut to a readable length.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(method).append(' ').append(abbreviate(target(), PREVIEW));
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Authorization")) {
                sb.append("\n      ").append(name).append(": ").append(abbreviate(escape(value), 120));
            }
        });
        if (body != null) {
            sb.append("\n      body (").append(body.length).append(" bytes): ").append(preview(body));
        }
        return sb.toString();
    }

    /** Percent-encodes every character but the unreserved ones (RFC 3986), as UTF-8. */
    public static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    static String preview(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, PREVIEW * 2), StandardCharsets.UTF_8);
        String shown = abbreviate(escape(text), PREVIEW);
        return bytes.length > PREVIEW * 2 ? shown + " …" : shown;
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " chars)";
    }

    @Override
    public String toString() {
        return describe();
    }
}
