package dev.gantry.projects.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.WorkingPeriod;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/** How calendar definitions are stored: JSON of the engine's own records. */
public final class CalendarJson {

    /** A calendar's working time: periods per weekday (absent = inherited from the parent) and exceptions. */
    public record Definition(Map<DayOfWeek, List<WorkingPeriod>> weekDays, List<CalendarException> exceptions) {
        public Definition {
            weekDays = weekDays == null ? Map.of() : weekDays;
            exceptions = exceptions == null ? List.of() : exceptions;
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private CalendarJson() {
    }

    public static String write(Definition definition) {
        return toJson(definition);
    }

    public static Definition read(String json) {
        try {
            return MAPPER.readValue(json, Definition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored calendar definition cannot be read", e);
        }
    }

    private static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
