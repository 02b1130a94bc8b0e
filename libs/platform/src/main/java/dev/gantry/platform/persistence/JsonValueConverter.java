package dev.gantry.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.persistence.AttributeConverter;

/**
 * Stores one value object in a JSON column, for a document an entity always reads and replaces as a whole (a
 * calendar's working time, a template's WBS). The JSON is written as {@link JsonListConverter} writes it, and reading
 * ignores unknown fields, so a stored document written by a newer version still loads. Subclass it once per value
 * type, with {@code @Converter} and a public no-argument constructor:
 * <pre>{@code
 * @Converter
 * public static final class Definition extends JsonValueConverter<TemplateDefinition> {
 *     public Definition() { super(TemplateDefinition.class, "template definition"); }
 * }
 * }</pre>
 * Make the value a record: Hibernate treats a record as immutable, so it keeps the value it loaded as its snapshot
 * and compares values at flush, instead of copying every loaded value through JSON once more.
 */
public abstract class JsonValueConverter<T> implements AttributeConverter<T, String> {

    /** Prepared once per type: the document is read each time an entity loads, on hot paths too. */
    private final ObjectReader reader;
    private final String what;

    /** {@code what} names the content in error messages, e.g. "template definition". */
    protected JsonValueConverter(Class<T> type, String what) {
        this.reader = JsonColumns.MAPPER.readerFor(type);
        this.what = what;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        if (value == null) {
            return null;
        }
        try {
            return JsonColumns.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the " + what, e);
        }
    }

    @Override
    public T convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored " + what + " is not readable", e);
        }
    }
}
