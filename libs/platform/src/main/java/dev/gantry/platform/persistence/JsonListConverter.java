package dev.gantry.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;

import java.util.List;

/**
 * Stores a list of value objects in one JSON column, for entities whose parts have no identity of their own (a
 * charter's objectives, a meeting's agenda). Reading ignores unknown fields, so a stored document written by a newer
 * version still loads. Subclass it once per element type, with {@code @Converter} and a public no-argument constructor:
 * <pre>{@code
 * @Converter
 * public static final class Agenda extends JsonListConverter<AgendaItem> {
 *     public Agenda() { super(new TypeReference<>() { }, "meeting agenda"); }
 * }
 * }</pre>
 */
public abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

    private final TypeReference<List<T>> type;
    private final String what;

    /** {@code what} names the content in error messages, e.g. "charter objectives". */
    protected JsonListConverter(TypeReference<List<T>> type, String what) {
        this.type = type;
        this.what = what;
    }

    @Override
    public String convertToDatabaseColumn(List<T> value) {
        try {
            return JsonColumns.MAPPER.writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the " + what, e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JsonColumns.MAPPER.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored " + what + " are not readable", e);
        }
    }
}
