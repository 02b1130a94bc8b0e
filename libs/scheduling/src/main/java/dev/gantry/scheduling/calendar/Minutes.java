package dev.gantry.scheduling.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Conversion between {@link LocalDateTime} and the engine's internal time: whole minutes since
 * 1970-01-01T00:00 in the project's own (zone-less) local time. Scheduling works in local wall-clock
 * time, like MS Project, so daylight-saving transitions do not shift working hours.
 */
public final class Minutes {

    public static final long PER_DAY = 1440;
    /** Marker for "no date". */
    public static final long NONE = Long.MIN_VALUE;

    private Minutes() {
    }

    public static long of(LocalDateTime t) {
        if (t == null) {
            return NONE;
        }
        return t.toLocalDate().toEpochDay() * PER_DAY + t.getHour() * 60L + t.getMinute();
    }

    public static LocalDateTime toDateTime(long minutes) {
        if (minutes == NONE) {
            return null;
        }
        long day = Math.floorDiv(minutes, PER_DAY);
        int m = (int) (minutes - day * PER_DAY);
        return LocalDate.ofEpochDay(day).atTime(m / 60, m % 60);
    }
}
