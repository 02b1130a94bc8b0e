package dev.gantry.scheduling.model;

import java.util.Objects;

/**
 * Delay (positive) or lead (negative) on a link. Working lags are counted on the successor's calendar;
 * elapsed lags in calendar time; percent lags as a share of the predecessor's duration.
 *
 * @param value minutes for working and elapsed lags (fractions counted to the second), percent (e.g. 50.0 or -25.0) for percent lags
 * @param unit  how {@code value} is counted
 */
public record Lag(double value, LagUnit unit) {

    public static final Lag NONE = new Lag(0, LagUnit.WORKING_MINUTES);

    public enum LagUnit { WORKING_MINUTES, ELAPSED_MINUTES, PERCENT }

    public Lag {
        Objects.requireNonNull(unit, "unit");
    }

    public static Lag workingMinutes(double minutes) {
        return new Lag(minutes, LagUnit.WORKING_MINUTES);
    }

    public static Lag elapsedMinutes(double minutes) {
        return new Lag(minutes, LagUnit.ELAPSED_MINUTES);
    }

    public static Lag percent(double percentOfPredecessorDuration) {
        return new Lag(percentOfPredecessorDuration, LagUnit.PERCENT);
    }

    public boolean isZero() {
        return value == 0;
    }
}
