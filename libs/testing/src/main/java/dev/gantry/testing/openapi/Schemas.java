package dev.gantry.testing.openapi;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading resolved JSON schemas as OpenAPI 3.0 and 3.1 write them ({@code "type": "x"} or {@code ["x", "null"]}). */
final class Schemas {

    private Schemas() {
    }

    /** The schema's type other than {@code null}; inferred from its members when it declares none. */
    static String type(JsonNode schema) {
        if (schema == null) {
            return "string";
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    /** True when {@code null} is a valid value: a {@code "null"} type or {@code nullable: true}. */
    static boolean nullable(JsonNode schema) {
        if (schema == null) {
            return false;
        }
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String format(JsonNode schema) {
        return schema == null ? "" : schema.path("format").asText("");
    }

    static List<String> enumValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        if (schema != null) {
            schema.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asText());
                }
            });
        }
        return values;
    }

    /** The first of {@code examples} (3.1) or {@code example} (3.0), or {@code null}. */
    static JsonNode example(JsonNode schema) {
        if (schema == null) {
            return null;
        }
        JsonNode examples = schema.get("examples");
        if (examples != null && examples.isArray() && !examples.isEmpty()) {
            return examples.get(0);
        }
        return schema.get("example");
    }

    static boolean isUuid(JsonNode schema) {
        return "uuid".equals(format(schema));
    }

    static boolean isDate(JsonNode schema) {
        return "date".equals(format(schema));
    }

    static boolean isDateTime(JsonNode schema) {
        return "date-time".equals(format(schema));
    }

    static boolean isInteger(JsonNode schema) {
        return "integer".equals(type(schema));
    }

    static boolean isNumber(JsonNode schema) {
        return "number".equals(type(schema));
    }
}
