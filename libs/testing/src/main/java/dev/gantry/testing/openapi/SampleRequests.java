package dev.gantry.testing.openapi;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plausible, valid-looking requests built from the OpenAPI document: the starting point that the fuzz suite makes
 * hostile one part at a time, and the request the security matrix sends as each caller (so that what answers is
 * the authorisation, not a complaint about the body).
 *
 * <p>A body has the schema's required members and the optional members the document gives an example for; values
 * come from the fixtures when a member is named like one ({@code taskId}), else from the member's example, its
 * enum, or its type and format. Ids that no fixture names become random UUIDs, for which "not found" is the right
 * answer.
 */
final class SampleRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final int MAX_DEPTH = 8;

    private final ApiDocument document;
    private final ApiFixtures fixtures;

    SampleRequests(ApiDocument document, ApiFixtures fixtures) {
        this.document = document;
        this.fixtures = fixtures;
    }

    /**
     * The operation's request with its path parameters filled in, its required query parameters, {@code If-Match:
     * *} where it takes one (a precondition that always holds, so that checks behind it are reached) and its body;
     * without a token and without an {@code Idempotency-Key} (each sender adds its own).
     */
    ApiRequest request(ApiOperation op) {
        ApiRequest request = ApiRequest.of(op.method(), path(op, Map.of()));
        for (ApiOperation.Parameter p : op.parameters("query")) {
            if (p.required()) {
                request = request.query(p.name(), parameterValue(op, p));
            }
        }
        if (op.hasHeader("If-Match")) {
            request = request.header("If-Match", "*");
        }
        if (op.takesJson()) {
            request = request.body(json(body(op)), op.jsonMediaType());
        } else if (!op.bodyMediaTypes().isEmpty()) {
            request = request.body("sample".getBytes(StandardCharsets.UTF_8), rawMediaType(op));
        }
        return request;
    }

    /** The path with every parameter filled in; {@code encodedOverrides} replaces some with already encoded text. */
    String path(ApiOperation op, Map<String, String> encodedOverrides) {
        Matcher m = PATH_PARAMETER.matcher(op.path());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = encodedOverrides.containsKey(name) ? encodedOverrides.get(name)
                    : ApiRequest.encode(parameterValue(op, op.parameters("path").stream()
                    .filter(p -> p.name().equals(name)).findFirst()
                    .orElse(new ApiOperation.Parameter(name, "path", true, null))));
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A valid-looking value for a parameter: the fixture's, else one of its type. */
    String parameterValue(ApiOperation op, ApiOperation.Parameter p) {
        if (op.projectParameter().filter(p.name()::equals).isPresent()) {
            return fixtures.project().toString();
        }
        String fixture = fixtures.value(p.name());
        if (fixture != null) {
            return fixture;
        }
        JsonNode value = value(p.schema(), p.name(), 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** The operation's sample JSON body; {@code {}} when the schema says nothing. */
    JsonNode body(ApiOperation op) {
        String override = fixtures.body(op.label());
        if (override != null) {
            try {
                return JSON.readTree(override);
            } catch (Exception e) {
                throw new IllegalArgumentException("The body given for " + op.label() + " is not JSON", e);
            }
        }
        return op.bodySchema().map(schema -> value(schema, "", 0)).orElseGet(JSON::createObjectNode);
    }

    /**
     * The body with {@code marker} appended to its first plain text member, so that concurrent writers each make a
     * real change (a write that changes nothing keeps the version, and would not race).
     */
    JsonNode varied(ApiOperation op, JsonNode body, String marker) {
        JsonNode schema = op.bodySchema().orElse(null);
        if (schema == null || !body.isObject()) {
            return body;
        }
        Iterator<Map.Entry<String, JsonNode>> members = body.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            JsonNode memberSchema = document.resolve(schema.path("properties").path(member.getKey()));
            String pattern = memberSchema.path("pattern").asText("");
            boolean plainText = member.getValue().isTextual() && Schemas.type(memberSchema).equals("string")
                    && Schemas.format(memberSchema).isEmpty() && Schemas.enumValues(memberSchema).isEmpty()
                    // "not blank", however written, is the only pattern appending text cannot break
                    && (pattern.isEmpty() || pattern.replace("(?s)", "").replace(".*", "").equals("\\S"));
            if (plainText) {
                String text = member.getValue().asText();
                ObjectNode copy = body.deepCopy();
                copy.put(member.getKey(), text.substring(0, Math.min(text.length(), 150)) + " " + marker);
                return copy;
            }
        }
        return body;
    }

    /** A sample of the schema; {@code name} is the member it is for, to find a fixture of that name. */
    JsonNode value(JsonNode unresolved, String name, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode schema = document.resolve(unresolved);
        String fixture = name.isEmpty() ? null : fixtures.value(name);
        String type = Schemas.type(schema);
        if (fixture != null && !type.equals("object") && !type.equals("array")) {
            return type.equals("integer") || type.equals("number") ? numberOrText(fixture) : nodes.textNode(fixture);
        }
        JsonNode example = Schemas.example(schema);
        if (example != null && !type.equals("object")) {
            return example.deepCopy();
        }
        if (!Schemas.enumValues(schema).isEmpty()) {
            return nodes.textNode(Schemas.enumValues(schema).get(0));
        }
        switch (type) {
            case "object" -> {
                if (depth >= MAX_DEPTH) {
                    return nodes.objectNode();
                }
                if (!schema.has("properties") && example != null) {
                    return example.deepCopy();
                }
                ObjectNode object = nodes.objectNode();
                Set<String> required = required(schema);
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    JsonNode own = property.getValue();
                    boolean described = own.has("examples") || own.has("example")
                            || fixtures.value(property.getKey()) != null;
                    if (required.contains(property.getKey()) || described) {
                        object.set(property.getKey(), value(own, property.getKey(), depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                if (schema.path("minItems").asInt(0) > 0 && depth < MAX_DEPTH) {
                    array.add(value(schema.path("items"), singular(name), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                long value = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                if (schema.has("maximum")) {
                    value = Math.min(value, schema.get("maximum").asLong());
                }
                return nodes.numberNode(value);
            }
            case "number" -> {
                return nodes.numberNode(schema.has("minimum") ? schema.get("minimum").decimalValue()
                        : java.math.BigDecimal.ONE);
            }
            case "boolean" -> {
                return nodes.booleanNode(false);
            }
            default -> {
                return nodes.textNode(text(schema, name));
            }
        }
    }

    private static String text(JsonNode schema, String name) {
        String format = Schemas.format(schema);
        String text = switch (format) {
            case "date" -> "2027-03-15";
            case "date-time" -> "2027-03-15T10:00:00Z";
            // an id no fixture names: one that exists nowhere, the same in every run
            case "uuid" -> UUID.nameUUIDFromBytes(("suite:" + name).getBytes(StandardCharsets.UTF_8)).toString();
            case "email" -> "suite@example.com";
            case "uri", "url" -> "https://example.com/suite";
            default -> "Suite sample";
        };
        int minLength = schema.path("minLength").asInt(0);
        return text.length() >= minLength ? text : text + "x".repeat(minLength - text.length());
    }

    private static JsonNode numberOrText(String value) {
        try {
            return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value));
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.textNode(value);
        }
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> names = new java.util.LinkedHashSet<>();
        schema.path("required").forEach(r -> names.add(r.asText()));
        return names;
    }

    static String rawMediaType(ApiOperation op) {
        return op.bodyMediaTypes().stream().filter(t -> !t.startsWith("multipart/") && !t.equals("*/*"))
                .findFirst().orElse("application/octet-stream");
    }

    static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
