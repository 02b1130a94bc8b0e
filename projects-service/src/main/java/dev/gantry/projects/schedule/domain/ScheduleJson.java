package dev.gantry.projects.schedule.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gantry.platform.persistence.JsonListConverter;
import dev.gantry.platform.persistence.JsonValueConverter;
import dev.gantry.scheduling.model.WorkAssignment;
import jakarta.persistence.Converter;

import java.util.List;

/** JPA converters that store a task's work assignments and a calendar's working time as JSON. */
public final class ScheduleJson {

    private ScheduleJson() {
    }

    /** Stores assignments as a JSON array, and no assignments as NULL (most tasks have none). */
    @Converter
    public static final class Assignments extends JsonListConverter<WorkAssignment> {
        public Assignments() {
            super(new TypeReference<>() {
            }, "work assignments");
        }

        @Override
        public String convertToDatabaseColumn(List<WorkAssignment> assignments) {
            return assignments == null || assignments.isEmpty() ? null : super.convertToDatabaseColumn(assignments);
        }
    }

    @Converter
    public static final class WorkingTime extends JsonValueConverter<CalendarDefinition> {
        public WorkingTime() {
            super(CalendarDefinition.class, "calendar definition");
        }
    }
}
