package dev.gantry.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Request bodies are read strictly: a number is not a string, a string is not a number, an integer is not a date.
 * Jackson's defaults would silently accept {@code "startDate": 42} as 1970-02-12. Anything after the JSON value is
 * refused ({@code {...} }{"x":} is not a body), and so is text PostgreSQL cannot store or that is not Unicode: a NUL
 * character (U+0000) or half of a surrogate pair (U+D800 alone), instead of failing in the database
 * or being stored as {@code ?}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("gantry-strict-text")
                .addDeserializer(String.class, new StrictStringDeserializer())
                .setDeserializerModifier(new YearRange()));
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }

    /** Jackson's own string reading, then the checks: the text must be storable, well-formed Unicode. */
    static final class StrictStringDeserializer extends StdScalarDeserializer<String> {

        private final StringDeserializer standard = StringDeserializer.instance;

        StrictStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = standard.deserialize(parser, context);
            String problem = problemWith(text);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, text, String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /**
     * Dates and times are read as Jackson reads them, then refused outside the years 1900 to 2999. ISO-8601 allows
     * {@code +999999999-12-31}, which PostgreSQL cannot store, and a plan that starts in year 1 has late dates in year
     * 0, which it cannot store either; no IT project is planned outside these years (Microsoft Project itself keeps
     * to 1984–2149).
     */
    static final class YearRange extends BeanDeserializerModifier {

        static final int FIRST = 1900;
        static final int LAST = 2999;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == LocalDate.class || type == LocalDateTime.class || type == Instant.class
                    || type == OffsetDateTime.class || type == ZonedDateTime.class) {
                return new Checked(deserializer);
            }
            return deserializer;
        }

        static final class Checked extends DelegatingDeserializer {

            Checked(JsonDeserializer<?> delegate) {
                super(delegate);
            }

            @Override
            protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
                return new Checked(delegate);
            }

            @Override
            public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                Object value = super.deserialize(parser, context);
                int year = yearOf(value);
                if (year < FIRST || year > LAST) {
                    throw InvalidFormatException.from(parser, "is outside the years " + FIRST + " to " + LAST,
                            value, value.getClass());
                }
                return value;
            }

            private static int yearOf(Object value) {
                if (value instanceof LocalDate date) {
                    return date.getYear();
                }
                if (value instanceof LocalDateTime dateTime) {
                    return dateTime.getYear();
                }
                if (value instanceof Instant instant) {
                    return instant.atOffset(ZoneOffset.UTC).getYear();
                }
                if (value instanceof OffsetDateTime dateTime) {
                    return dateTime.getYear();
                }
                if (value instanceof ZonedDateTime dateTime) {
                    return dateTime.getYear();
                }
                return FIRST;
            }
        }
    }

    /** What is wrong with {@code text} for Gantry, or null when nothing is. */
    static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "is not valid Unicode: it contains half of a surrogate pair (U+" + Integer.toHexString(c)
                        .toUpperCase() + ")";
            }
        }
        return null;
    }
}
