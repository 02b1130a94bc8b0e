package dev.gantry.projects.charter.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** JPA converters that store the charter's value-object lists as JSON documents. */
public final class CharterJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CharterJson() {
    }

    abstract static class ListConverter<T> implements AttributeConverter<List<T>, String> {

        private final TypeReference<List<T>> type;

        ListConverter(TypeReference<List<T>> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(List<T> value) {
            try {
                return MAPPER.writeValueAsString(value == null ? List.of() : value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot store charter content", e);
            }
        }

        @Override
        public List<T> convertToEntityAttribute(String json) {
            if (json == null || json.isBlank()) {
                return List.of();
            }
            try {
                return List.copyOf(MAPPER.readValue(json, type));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored charter content is not readable", e);
            }
        }
    }

    @Converter
    public static final class Objectives extends ListConverter<Objective> {
        public Objectives() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static final class Deliverables extends ListConverter<Deliverable> {
        public Deliverables() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static final class Texts extends ListConverter<String> {
        public Texts() {
            super(new TypeReference<>() {
            });
        }
    }
}
