package dev.gantry.projects.schedule.domain;

import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.Recurrence;
import dev.gantry.scheduling.calendar.WorkingPeriod;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.scheduling.model.WorkContour;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleJsonTest {

    /** A calendar definition as projects-service has always stored it: the engine's records, ISO-8601 times. */
    private static final String STORED = "{\"weekDays\":{"
            + "\"MONDAY\":[{\"from\":\"08:00:00\",\"to\":\"12:00:00\"},{\"from\":\"13:00:00\",\"to\":\"17:00:00\"}],"
            + "\"SATURDAY\":[]},"
            + "\"exceptions\":["
            + "{\"name\":\"New Year\",\"from\":\"2027-01-01\",\"to\":\"2027-01-01\",\"periods\":[],\"recurrence\":null},"
            + "{\"name\":null,\"from\":\"2027-03-05\",\"to\":null,\"periods\":[{\"from\":\"08:00:00\",\"to\":\"12:00:00\"}],"
            + "\"recurrence\":{\"frequency\":\"WEEKLY\",\"interval\":1,\"daysOfWeek\":[\"FRIDAY\"],\"dayOfMonth\":0,"
            + "\"ordinal\":0,\"dayOfWeek\":null,\"month\":null,\"occurrences\":4}}]}";

    private static CalendarDefinition definition() {
        Map<DayOfWeek, List<WorkingPeriod>> weekDays = new EnumMap<>(DayOfWeek.class);
        weekDays.put(DayOfWeek.MONDAY, List.of(WorkingPeriod.of(8, 12), WorkingPeriod.of(13, 17)));
        weekDays.put(DayOfWeek.SATURDAY, List.of());
        return new CalendarDefinition(weekDays, List.of(
                CalendarException.nonWorking("New Year", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)),
                CalendarException.recurring(null, LocalDate.of(2027, 3, 5), null, List.of(WorkingPeriod.of(8, 12)),
                        Recurrence.weekly(1, Set.of(DayOfWeek.FRIDAY), 4))));
    }

    @Test
    void aStoredCalendarDefinitionLoadsAndIsStoredInTheSameJson() {
        ScheduleJson.WorkingTime converter = new ScheduleJson.WorkingTime();

        CalendarDefinition loaded = converter.convertToEntityAttribute(STORED);

        assertThat(loaded).isEqualTo(definition());
        assertThat(loaded.weekDays().keySet()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(converter.convertToDatabaseColumn(definition())).isEqualTo(STORED);
        assertThat(converter.convertToDatabaseColumn(loaded)).isEqualTo(STORED);
    }

    @Test
    void aDefinitionWithoutWeekDaysOrExceptionsLoadsAsEmpty() {
        CalendarDefinition loaded = new ScheduleJson.WorkingTime().convertToEntityAttribute("{}");

        assertThat(loaded.weekDays()).isEmpty();
        assertThat(loaded.exceptions()).isEmpty();
    }

    @Test
    void aTaskWithoutAssignmentsStoresNull() {
        ScheduleJson.Assignments converter = new ScheduleJson.Assignments();

        assertThat(converter.convertToDatabaseColumn(List.of())).isNull();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }

    @Test
    void assignmentsStoredBeforeContoursLoadAsFlatUndelayedAndAContourAndADelayAreKept() {
        ScheduleJson.Assignments converter = new ScheduleJson.Assignments();
        String before = "[{\"resourceId\":\"1\",\"calendarId\":\"c\",\"workMinutes\":2400,\"units\":100.0,"
                + "\"actualWorkMinutes\":null,\"remainingWorkMinutes\":null}]";

        List<WorkAssignment> loaded = converter.convertToEntityAttribute(before);

        assertThat(loaded).containsExactly(new WorkAssignment("1", "c", 2400, 100, null, null, WorkContour.FLAT));
        List<WorkAssignment> turtle = List.of(new WorkAssignment("1", "c", 2400, 100, null, null, WorkContour.TURTLE));
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(turtle))).isEqualTo(turtle);
        List<WorkAssignment> delayed = List.of(new WorkAssignment("1", "c", 2400, 100, null, null, WorkContour.BELL, 960));
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(delayed))).isEqualTo(delayed);
    }
}
