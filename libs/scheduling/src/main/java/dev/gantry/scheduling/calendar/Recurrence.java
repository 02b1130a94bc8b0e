package dev.gantry.scheduling.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a calendar exception repeats, following MS Project's recurring exceptions: daily every n days,
 * weekly every n weeks on some weekdays, monthly on a day of the month or on the n-th weekday, yearly on a
 * date or on the n-th weekday of a month. The series starts at the exception's first day and ends after
 * {@code occurrences} occurrences or at the exception's last day, whichever comes first.
 *
 * @param frequency   daily, weekly, monthly or yearly
 * @param interval    every n days/weeks/months (ignored for yearly)
 * @param daysOfWeek  weekdays of a weekly recurrence
 * @param dayOfMonth  day of the month (monthly or yearly, absolute form); {@code 0} when relative
 * @param ordinal     1–4 for first..fourth, 5 for last (relative form); {@code 0} when absolute
 * @param dayOfWeek   weekday of the relative form
 * @param month       month of a yearly recurrence
 * @param occurrences number of occurrences, {@code 0} for "until the exception's last day"
 */
public record Recurrence(Frequency frequency, int interval, Set<DayOfWeek> daysOfWeek, int dayOfMonth, int ordinal,
                         DayOfWeek dayOfWeek, Month month, int occurrences) {

    /** Upper bound on expanded occurrences, so a malformed series cannot exhaust memory. */
    private static final int MAX_OCCURRENCES = 100_000;

    public enum Frequency { DAILY, WEEKLY, MONTHLY, YEARLY }

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        interval = Math.max(1, interval);
        daysOfWeek = daysOfWeek == null || daysOfWeek.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(daysOfWeek));
    }

    public static Recurrence daily(int everyDays, int occurrences) {
        return new Recurrence(Frequency.DAILY, everyDays, null, 0, 0, null, null, occurrences);
    }

    public static Recurrence weekly(int everyWeeks, Set<DayOfWeek> days, int occurrences) {
        return new Recurrence(Frequency.WEEKLY, everyWeeks, days, 0, 0, null, null, occurrences);
    }

    public static Recurrence monthlyOnDay(int everyMonths, int dayOfMonth, int occurrences) {
        return new Recurrence(Frequency.MONTHLY, everyMonths, null, dayOfMonth, 0, null, null, occurrences);
    }

    public static Recurrence monthlyOnWeekday(int everyMonths, int ordinal, DayOfWeek day, int occurrences) {
        return new Recurrence(Frequency.MONTHLY, everyMonths, null, 0, ordinal, day, null, occurrences);
    }

    public static Recurrence yearlyOnDate(Month month, int dayOfMonth, int occurrences) {
        return new Recurrence(Frequency.YEARLY, 1, null, dayOfMonth, 0, null, month, occurrences);
    }

    public static Recurrence yearlyOnWeekday(Month month, int ordinal, DayOfWeek day, int occurrences) {
        return new Recurrence(Frequency.YEARLY, 1, null, 0, ordinal, day, month, occurrences);
    }

    /** The dates of this series from {@code first} to {@code last} inclusive ({@code last} may be null when occurrences bound it). */
    public List<LocalDate> dates(LocalDate first, LocalDate last) {
        int limit = occurrences > 0 ? Math.min(occurrences, MAX_OCCURRENCES) : MAX_OCCURRENCES;
        LocalDate end = last != null ? last : first.plusYears(200);
        List<LocalDate> out = new ArrayList<>();
        switch (frequency) {
            case DAILY -> {
                for (LocalDate d = first; !d.isAfter(end) && out.size() < limit; d = d.plusDays(interval)) {
                    out.add(d);
                }
            }
            case WEEKLY -> {
                Set<DayOfWeek> days = daysOfWeek.isEmpty() ? Set.of(first.getDayOfWeek()) : daysOfWeek;
                LocalDate weekStart = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                for (LocalDate w = weekStart; !w.isAfter(end) && out.size() < limit; w = w.plusWeeks(interval)) {
                    for (int i = 0; i < 7 && out.size() < limit; i++) {
                        LocalDate d = w.plusDays(i);
                        if (!d.isBefore(first) && !d.isAfter(end) && days.contains(d.getDayOfWeek())) {
                            out.add(d);
                        }
                    }
                }
            }
            case MONTHLY -> {
                LocalDate month1 = first.withDayOfMonth(1);
                for (LocalDate m = month1; !m.isAfter(end) && out.size() < limit; m = m.plusMonths(interval)) {
                    addIfInRange(out, dayInMonth(m), first, end);
                }
            }
            case YEARLY -> {
                Month target = month != null ? month : first.getMonth();
                for (LocalDate y = LocalDate.of(first.getYear(), target, 1); !y.isAfter(end) && out.size() < limit; y = y.plusYears(1)) {
                    addIfInRange(out, dayInMonth(y), first, end);
                }
            }
        }
        return out;
    }

    private LocalDate dayInMonth(LocalDate firstOfMonth) {
        if (ordinal > 0 && dayOfWeek != null) {
            if (ordinal >= 5) {
                return firstOfMonth.with(TemporalAdjusters.lastInMonth(dayOfWeek));
            }
            return firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
        }
        int day = Math.min(Math.max(1, dayOfMonth), firstOfMonth.lengthOfMonth());
        return firstOfMonth.withDayOfMonth(day);
    }

    private static void addIfInRange(List<LocalDate> out, LocalDate d, LocalDate first, LocalDate end) {
        if (!d.isBefore(first) && !d.isAfter(end)) {
            out.add(d);
        }
    }

    static long span(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }
}
