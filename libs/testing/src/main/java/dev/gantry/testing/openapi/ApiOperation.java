package dev.gantry.testing.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the {@link ApiDocument}: its method and path template, parameters, request body and security
 * requirement, with the facts the suites derive from them.
 */
public final class ApiOperation {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private final ApiDocument document;
    private final String method;
    private final String path;
    private final JsonNode pathItem;
    private final JsonNode node;
    private final JsonNode security;

    ApiOperation(ApiDocument document, String method, String path, JsonNode pathItem, JsonNode node,
                 JsonNode security) {
        this.document = document;
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path;
        this.pathItem = pathItem;
        this.node = node;
        this.security = security;
    }

    /** {@code "GET"}, {@code "POST"}, ... */
    public String method() {
        return method;
    }

    /** The path template, e.g. {@code /api/projects/{projectId}/tasks/{taskId}}. */
    public String path() {
        return path;
    }

    /** {@code "METHOD /path"}, the name of the operation in reports and in {@link DocumentedAccess}. */
    public String label() {
        return method + " " + path;
    }

    /** GET and HEAD: operations that only read. */
    public boolean reads() {
        return method.equals("GET") || method.equals("HEAD");
    }

    /**
     * True when the document requires a token: at least one security requirement and none of them the empty
     * ("anonymous allowed") one.
     */
    public boolean declaresSecurity() {
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

    /**
     * The realm roles the document allows, from the scopes of its security requirements (Quarkus writes
     * {@code @RolesAllowed} there); empty when any authenticated user may call it.
     */
    public Set<String> allowedRoles() {
        Set<String> roles = new LinkedHashSet<>();
        if (security != null) {
            for (JsonNode requirement : security) {
                requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText())));
            }
        }
        return roles;
    }

    /** The names of the path's parameters, in order. */
    public List<String> pathParameterNames() {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The path parameter that names a project: the one directly after a {@code projects} segment
     * ({@code /api/projects/{id}}, {@code /api/reports/projects/{projectId}/audit}). Operations with one are
     * "about one project" and answer non-members 404 (docs/api.md).
     */
    public Optional<String> projectParameter() {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i - 1].equals("projects") && segments[i].matches("\\{[^}/]+}")) {
                return Optional.of(segments[i].substring(1, segments[i].length() - 1));
            }
        }
        return Optional.empty();
    }

    /** Path, query and header parameters, those of the path item included, with their schemas resolved. */
    public List<Parameter> parameters() {
        List<Parameter> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode list : List.of(node.path("parameters"), pathItem.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode resolved = document.resolve(p);
                String key = resolved.path("in").asText() + ":" + resolved.path("name").asText();
                if (seen.add(key)) {
                    result.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                            resolved.path("required").asBoolean(false), document.resolve(resolved.path("schema"))));
                }
            }
        }
        return result;
    }

    /** The parameters found in one place: {@code "path"}, {@code "query"} or {@code "header"}. */
    public List<Parameter> parameters(String in) {
        return parameters().stream().filter(p -> p.in().equals(in)).toList();
    }

    /** True when the operation documents the header (case-insensitive), e.g. {@code If-Match}. */
    public boolean hasHeader(String name) {
        return parameters("header").stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
    }

    /** The media types of the request body, in document order; empty without a body. */
    public List<String> bodyMediaTypes() {
        List<String> types = new ArrayList<>();
        Iterator<String> names = node.path("requestBody").path("content").fieldNames();
        names.forEachRemaining(types::add);
        return types;
    }

    /** True when the body is JSON (the suites then generate JSON for it). */
    public boolean takesJson() {
        return bodyMediaTypes().stream().anyMatch(t -> t.contains("json"));
    }

    public boolean bodyRequired() {
        return node.path("requestBody").path("required").asBoolean(false);
    }

    /** The JSON body's schema, resolved; empty when the operation takes no JSON. */
    public Optional<JsonNode> bodySchema() {
        JsonNode content = node.path("requestBody").path("content");
        Iterator<String> names = content.fieldNames();
        while (names.hasNext()) {
            String type = names.next();
            if (type.contains("json")) {
                return Optional.of(document.resolve(content.path(type).path("schema")));
            }
        }
        return Optional.empty();
    }

    /** The first JSON media type of the body ({@code application/json} when offered). */
    public String jsonMediaType() {
        List<String> types = bodyMediaTypes();
        return types.contains("application/json") ? "application/json"
                : types.stream().filter(t -> t.contains("json")).findFirst().orElse("application/json");
    }

    ApiDocument document() {
        return document;
    }

    @Override
    public String toString() {
        return label();
    }

    /** A parameter: its name, where it goes, whether it is required, and its resolved schema. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {

        /** The schema's type, {@code "string"} when it has none. */
        public String type() {
            return Schemas.type(schema);
        }
    }
}
