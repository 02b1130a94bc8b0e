package dev.gantry.projects.schedule;

import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.schedule.ScheduleCalendar;
import dev.gantry.projects.schedule.domain.CalendarDefinition;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
import dev.gantry.projects.schedule.domain.ScheduleJson;
import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.Recurrence;
import dev.gantry.scheduling.calendar.WorkingPeriod;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulePublisherTest {

    @Test
    void aCalendarRecordCarriesTheStoredDefinitionAsItIs() throws Exception {
        Map<DayOfWeek, List<WorkingPeriod>> weekDays = new LinkedHashMap<>();
        weekDays.put(DayOfWeek.FRIDAY, List.of(WorkingPeriod.of(8, 12)));
        weekDays.put(DayOfWeek.MONDAY, List.of(WorkingPeriod.of(8, 12), WorkingPeriod.of(13, 17)));
        weekDays.put(DayOfWeek.SUNDAY, List.of(WorkingPeriod.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        weekDays.put(DayOfWeek.SATURDAY, List.of());
        CalendarDefinition definition = new CalendarDefinition(weekDays, List.of(
                CalendarException.nonWorking(null, LocalDate.of(2027, 1, 1), null),
                CalendarException.working("Release weekend", LocalDate.of(2027, 3, 6), LocalDate.of(2027, 3, 7),
                        List.of(WorkingPeriod.of(9, 13))),
                CalendarException.recurring("Short Fridays", LocalDate.of(2027, 3, 5), null,
                        List.of(WorkingPeriod.of(8, 12)),
                        Recurrence.weekly(2, Set.of(DayOfWeek.FRIDAY, DayOfWeek.TUESDAY), 6)),
                CalendarException.recurring("Audit day", LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31),
                        List.of(), Recurrence.yearlyOnWeekday(Month.JUNE, 5, DayOfWeek.THURSDAY, 0))));
        UUID project = UUID.randomUUID();
        ProjectCalendar calendar = ProjectCalendar.create(project, "Operations", UUID.randomUUID(), definition,
                Instant.EPOCH);
        String stored = new ScheduleJson.WorkingTime().convertToDatabaseColumn(definition);
        ScheduleCalendar asStored = EventJson.mapper().readValue(stored, ScheduleCalendar.class);

        ScheduleCalendar record = SchedulePublisher.calendar(project, 7, calendar);

        assertThat(record.weekDays()).isEqualTo(asStored.weekDays());
        assertThat(record.weekDays().keySet()).containsExactlyElementsOf(asStored.weekDays().keySet());
        assertThat(record.exceptions()).isEqualTo(asStored.exceptions());
        assertThat(record).extracting(ScheduleCalendar::projectId, ScheduleCalendar::calendarId,
                        ScheduleCalendar::version, ScheduleCalendar::name, ScheduleCalendar::parentId)
                .containsExactly(project, calendar.id, 7L, "Operations", calendar.parentId);
    }
}
