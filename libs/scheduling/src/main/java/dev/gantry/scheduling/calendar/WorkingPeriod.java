package dev.gantry.scheduling.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One period of working time within a day, for example 08:00–12:00.
 * A {@code to} of 00:00 means midnight at the end of the day, so 00:00–00:00 is a full 24-hour day.
 */
public record WorkingPeriod(LocalTime from, LocalTime to) {

    public WorkingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static WorkingPeriod of(int fromHour, int toHour) {
        return new WorkingPeriod(LocalTime.of(fromHour % 24, 0), LocalTime.of(toHour % 24, 0));
    }

    public static WorkingPeriod of(LocalTime from, LocalTime to) {
        return new WorkingPeriod(from, to);
    }

    /** Start as minute of the day (0–1439). */
    public int fromMinute() {
        return from.getHour() * 60 + from.getMinute();
    }

    /** End as minute of the day (1–1440); midnight counts as 1440. */
    public int toMinute() {
        int m = to.getHour() * 60 + to.getMinute();
        return m == 0 ? 1440 : m;
    }

    /** Start as second of the day (0–86,399). */
    public int fromSecond() {
        return from.toSecondOfDay();
    }

    /** End as second of the day (1–86,400); midnight counts as 86,400. */
    public int toSecond() {
        int s = to.toSecondOfDay();
        return s == 0 ? 86_400 : s;
    }

    /** Number of working minutes in this period; zero or negative means the period is malformed. */
    public int minutes() {
        return toMinute() - fromMinute();
    }
}
