package dev.gantry.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Changing one member of a JSON document by its JSON Pointer (RFC 6901), on a copy. */
final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * A copy of {@code root} with {@code value} at {@code pointer}; missing objects on the way are created, so that a
     * member the sample left out can be given a value. The empty pointer replaces the whole document.
     */
    static JsonNode with(JsonNode root, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value;
        }
        JsonNode copy = root == null || !root.isContainerNode() ? JsonNodeFactory.instance.objectNode() : root.deepCopy();
        String[] tokens = pointer.substring(1).split("/", -1);
        JsonNode parent = copy;
        for (int i = 0; i < tokens.length - 1; i++) {
            String token = unescape(tokens[i]);
            JsonNode next = parent.isArray() ? parent.get(Integer.parseInt(token)) : parent.get(token);
            if (next == null || !next.isContainerNode()) {
                next = JsonNodeFactory.instance.objectNode();
                set(parent, token, next);
            }
            parent = next;
        }
        set(parent, unescape(tokens[tokens.length - 1]), value);
        return copy;
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static void set(JsonNode parent, String token, JsonNode value) {
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(token);
            if (index < array.size()) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        } else {
            ((ObjectNode) parent).set(token, value);
        }
    }
}
