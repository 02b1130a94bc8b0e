package dev.gantry.scheduling.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A change to a calendar's normal week over a range of days: non-working (holidays, no periods) or
 * working with its own periods. With a {@link Recurrence}, only the days of the series within the range
 * are affected.
 *
 * @param name       a label, for people (may be null)
 * @param from       first day
 * @param to         last day (inclusive); may be null only when the recurrence has a number of occurrences
 * @param periods    the working periods of each affected day; empty means non-working
 * @param recurrence how the exception repeats, or null for every day of the range
 */
public record CalendarException(String name, LocalDate from, LocalDate to, List<WorkingPeriod> periods, Recurrence recurrence) {

    public CalendarException {
        Objects.requireNonNull(from, "from");
        if (to == null && recurrence == null) {
            to = from;
        }
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    public static CalendarException nonWorking(String name, LocalDate from, LocalDate to) {
        return new CalendarException(name, from, to, List.of(), null);
    }

    public static CalendarException working(String name, LocalDate from, LocalDate to, List<WorkingPeriod> periods) {
        return new CalendarException(name, from, to, periods, null);
    }

    public static CalendarException recurring(String name, LocalDate from, LocalDate to, List<WorkingPeriod> periods, Recurrence recurrence) {
        return new CalendarException(name, from, to, periods, recurrence);
    }

    public boolean working() {
        return !periods.isEmpty();
    }

    /** Every day this exception applies to. */
    public List<LocalDate> days() {
        if (recurrence != null) {
            return recurrence.dates(from, to);
        }
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
