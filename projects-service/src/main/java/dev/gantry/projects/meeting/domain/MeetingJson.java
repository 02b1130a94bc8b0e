package dev.gantry.projects.meeting.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** JPA converters that store a meeting's attendees, agenda and decisions as JSON arrays. */
public final class MeetingJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MeetingJson() {
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
                throw new IllegalStateException("Cannot store meeting content", e);
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
                throw new IllegalStateException("Stored meeting content is not readable", e);
            }
        }
    }

    @Converter
    public static final class Attendees extends ListConverter<Attendee> {
        public Attendees() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static final class Agenda extends ListConverter<AgendaItem> {
        public Agenda() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static final class Decisions extends ListConverter<Decision> {
        public Decisions() {
            super(new TypeReference<>() {
            });
        }
    }
}
