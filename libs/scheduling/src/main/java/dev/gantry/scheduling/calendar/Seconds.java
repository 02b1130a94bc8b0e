package dev.gantry.scheduling.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Conversion between {@link LocalDateTime} and the engine's internal time: whole seconds since 1970-01-01T00:00
 * in the project's own (zone-less) local time. Scheduling works in local wall-clock time, like MS Project, so
 * daylight-saving transitions do not shift working hours.
 * <p>
 * Durations, work and lags enter the engine in (possibly fractional) minutes and are counted in seconds, so that a
 * task of 0.23 days (110.4 minutes) or 40 hours of work at 70 % (3,428.57 minutes) moves its successors by exactly
 * that much instead of a rounded minute each time; MS Project keeps such times to a tenth of a minute.
 */
public final class Seconds {

    public static final long PER_MINUTE = 60;
    public static final long PER_DAY = 86_400;
    /** Marker for "no date". */
    public static final long NONE = Long.MIN_VALUE;

    private Seconds() {
    }

    public static long of(LocalDateTime t) {
        if (t == null) {
            return NONE;
        }
        return t.toLocalDate().toEpochDay() * PER_DAY + t.toLocalTime().toSecondOfDay();
    }

    public static LocalDateTime toDateTime(long seconds) {
        if (seconds == NONE) {
            return null;
        }
        long day = Math.floorDiv(seconds, PER_DAY);
        int s = (int) (seconds - day * PER_DAY);
        return LocalDate.ofEpochDay(day).atTime(s / 3600, s / 60 % 60, s % 60);
    }

    /** Minutes, possibly fractional, as whole seconds (rounded to the nearest). */
    public static long ofMinutes(double minutes) {
        return Math.round(minutes * PER_MINUTE);
    }

    /** Seconds as whole minutes, rounded to the nearest (half a minute up). */
    public static long toMinutes(long seconds) {
        return Math.floorDiv(seconds + PER_MINUTE / 2, PER_MINUTE);
    }
}
