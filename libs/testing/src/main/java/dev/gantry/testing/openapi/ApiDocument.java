package dev.gantry.testing.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document of the application under test, read from {@code /q/openapi?format=json}: its operations, and
 * their schemas with references resolved. The suites derive everything they call from it, so an operation added to
 * a service is covered without anyone writing a test for it.
 */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Reads the document of the application started by {@code @QuarkusTest}. */
    public static ApiDocument ofRunningApplication() {
        ApiClient.Answer answer = ApiClient.local().send(ApiRequest.get("/q/openapi").query("format", "json"));
        if (answer.status() != 200) {
            throw new AssertionError("GET /q/openapi?format=json answered " + answer.status()
                    + "; is quarkus-smallrye-openapi on the class path?");
        }
        JsonNode json = answer.json();
        if (json == null) {
            throw new AssertionError("/q/openapi did not return JSON");
        }
        return new ApiDocument(json);
    }

    /** Parses a document given as JSON text. */
    public static ApiDocument parse(String json) {
        try {
            return new ApiDocument(JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException("Not an OpenAPI document in JSON: " + e.getMessage(), e);
        }
    }

    /** Every operation outside {@code /q/}, in document order. */
    public List<ApiOperation> operations() {
        JsonNode rootSecurity = root.get("security");
        List<ApiOperation> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            JsonNode pathItem = path.getValue();
            Iterator<Map.Entry<String, JsonNode>> methods = pathItem.fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue; // "parameters", "summary", ...
                }
                JsonNode op = method.getValue();
                JsonNode security = op.has("security") ? op.get("security") : rootSecurity;
                result.add(new ApiOperation(this, method.getKey(), path.getKey(), pathItem, op, security));
            }
        }
        return result;
    }

    /** The operation with this label ({@code "GET /api/projects/{id}"}), if the document has it. */
    public java.util.Optional<ApiOperation> operation(String label) {
        return operations().stream().filter(op -> op.label().equals(label)).findFirst();
    }

    /**
     * The schema with {@code $ref}s resolved and {@code allOf} merged. Members written next to a {@code $ref} (OpenAPI
     * 3.1 allows it: {@code "examples"}, {@code "description"}) win over those of the referenced schema, since they
     * describe this use of it.
     */
    public JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || !schema.isObject() || depth > 20) {
            return schema;
        }
        ObjectNode merged = JSON.createObjectNode();
        if (schema.has("$ref")) {
            JsonNode target = root.at(schema.get("$ref").asText().replaceFirst("^#", ""));
            JsonNode resolved = resolve(target, depth + 1);
            if (resolved != null && resolved.isObject()) {
                merged.setAll((ObjectNode) resolved);
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            JsonNode resolved = resolve(part, depth + 1);
            if (resolved != null && resolved.isObject()) {
                mergeObjects(merged, (ObjectNode) resolved);
            }
        }
        schema.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref") && !field.getKey().equals("allOf")) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    private static void mergeObjects(ObjectNode into, ObjectNode from) {
        from.fields().forEachRemaining(field -> {
            JsonNode existing = into.get(field.getKey());
            if (existing != null && existing.isObject() && field.getValue().isObject()) {
                ((ObjectNode) existing).setAll((ObjectNode) field.getValue());
            } else if (existing != null && existing.isArray() && field.getValue().isArray()) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) existing).addAll(
                        (com.fasterxml.jackson.databind.node.ArrayNode) field.getValue());
            } else {
                into.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    JsonNode root() {
        return root;
    }
}
