package dev.gantry.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.Seconds;
import dev.gantry.scheduling.calendar.Recurrence;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.calendar.WorkingPeriod;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.List;

class CalendarTimelineTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private static long at(int day, int hour, int minute) {
        return Seconds.of(MONDAY.plusDays(day).atTime(hour, minute));
    }

    private static LocalDateTime dt(long seconds) {
        return Seconds.toDateTime(seconds);
    }

    /** Amounts of working time are in seconds. */
    private static long min(long minutes) {
        return minutes * 60;
    }

    private final CalendarTimeline standard = CalendarTimeline.compile(List.of(WorkingCalendar.standard("std")), MONDAY);

    @Test
    void addingAWorkingDayFromMorningEndsAtFiveAndSkipsLunch() {
        assertThat(dt(standard.addWork(at(0, 8, 0), min(480)))).isEqualTo(MONDAY.atTime(17, 0));
        assertThat(dt(standard.addWork(at(0, 10, 0), min(180)))).isEqualTo(MONDAY.atTime(14, 0));
    }

    @Test
    void finishesUseTheEndOfThePeriodAndStartsTheBeginningOfTheNext() {
        // Friday 17:00 + 0 is Friday 17:00; the next work start after it is Monday 08:00.
        long friday17 = at(4, 17, 0);
        assertThat(dt(standard.nextWorkStart(friday17))).isEqualTo(MONDAY.plusDays(7).atTime(8, 0));
        assertThat(dt(standard.previousWorkFinish(at(7, 8, 0)))).isEqualTo(MONDAY.plusDays(4).atTime(17, 0));
        // Subtracting lands on the start of a period.
        assertThat(dt(standard.addWork(at(7, 17, 0), -min(480)))).isEqualTo(MONDAY.plusDays(7).atTime(8, 0));
        assertThat(dt(standard.addWork(at(7, 8, 0), -min(60)))).isEqualTo(MONDAY.plusDays(4).atTime(16, 0));
    }

    @Test
    void workBetweenCountsOnlyWorkingMinutes() {
        assertThat(standard.workBetween(at(0, 8, 0), at(7, 8, 0))).isEqualTo(min(5 * 480));
        assertThat(standard.workBetween(at(7, 8, 0), at(0, 8, 0))).isEqualTo(-min(5 * 480));
        assertThat(standard.workBetween(at(0, 11, 30), at(0, 13, 30))).isEqualTo(min(60));
    }

    @Test
    void holidaysAndWorkingExceptionsChangeTheWeek() {
        WorkingCalendar cal = WorkingCalendar.standard("c").toBuilder()
                .exception(CalendarException.nonWorking("holiday", MONDAY.plusDays(1), MONDAY.plusDays(2)))
                .exception(CalendarException.working("saturday", MONDAY.plusDays(5), MONDAY.plusDays(5), List.of(WorkingPeriod.of(9, 13))))
                .build();
        CalendarTimeline t = CalendarTimeline.compile(List.of(cal), MONDAY);
        // Monday, Thursday, Friday: 3 days; Saturday: 4 hours.
        assertThat(t.workBetween(at(0, 0, 0), at(7, 0, 0))).isEqualTo(min(3 * 480 + 240));
        assertThat(dt(t.addWork(at(0, 17, 0), min(1)))).isEqualTo(MONDAY.plusDays(3).atTime(8, 1));
        // Working time is counted to the second: 30 s after Monday's close is Thursday 08:00:30.
        assertThat(dt(t.addWork(at(0, 17, 0), 30))).isEqualTo(MONDAY.plusDays(3).atTime(8, 0, 30));
    }

    @Test
    void derivedCalendarsInheritWeekdaysAndExceptionsAndMayOverrideThem() {
        WorkingCalendar base = WorkingCalendar.standard("base").toBuilder()
                .exception(CalendarException.nonWorking("holiday", MONDAY, MONDAY)).build();
        WorkingCalendar derived = WorkingCalendar.builder("part").parent("base")
                .nonWorkingDays(DayOfWeek.FRIDAY)
                .exception(CalendarException.working("override", MONDAY, MONDAY, List.of(WorkingPeriod.of(8, 10))))
                .build();
        CalendarTimeline t = CalendarTimeline.compile(List.of(derived, base), MONDAY);
        assertThat(t.workBetween(at(0, 0, 0), at(7, 0, 0))).isEqualTo(min(120 + 3 * 480));
    }

    @Test
    void recurringExceptionsExpandLikeMsProject() {
        assertThat(Recurrence.weekly(2, java.util.Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), 4).dates(MONDAY, null))
                .containsExactly(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(14), MONDAY.plusDays(16));
        assertThat(Recurrence.monthlyOnWeekday(1, 5, DayOfWeek.FRIDAY, 2).dates(MONDAY, null))
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27));
        assertThat(Recurrence.yearlyOnDate(Month.DECEMBER, 25, 0).dates(MONDAY, LocalDate.of(2028, 12, 31)))
                .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 12, 25), LocalDate.of(2028, 12, 25));
        WorkingCalendar cal = WorkingCalendar.standard("c").toBuilder()
                .exception(CalendarException.recurring("fridays off", MONDAY, null, List.of(),
                        Recurrence.weekly(1, java.util.Set.of(DayOfWeek.FRIDAY), 3)))
                .build();
        CalendarTimeline t = CalendarTimeline.compile(List.of(cal), MONDAY);
        assertThat(t.workBetween(at(0, 0, 0), at(28, 0, 0))).isEqualTo(min(4 * 5 * 480 - 3 * 480));
    }

    @Test
    void arithmeticFarFromTheAnchorGrowsTheWindow() {
        long start = at(0, 8, 0);
        long later = standard.addWork(start, 480L * 260 * 50); // fifty years of working days
        assertThat(standard.workBetween(start, later)).isEqualTo(480L * 260 * 50);
        long earlier = standard.addWork(start, -480L * 260 * 20);
        assertThat(standard.workBetween(earlier, start)).isEqualTo(480L * 260 * 20);
    }

    @Test
    void twentyFourHourCalendarIsContinuous() {
        CalendarTimeline t = CalendarTimeline.compile(List.of(WorkingCalendar.twentyFourHours("24")), MONDAY);
        assertThat(dt(t.addWork(at(0, 22, 0), min(180)))).isEqualTo(MONDAY.plusDays(1).atTime(1, 0));
    }
}
