package dev.gantry.scheduling.model;

/**
 * Between the model's minutes, which keep fractions (the engine counts seconds), and the whole minutes that services
 * store and publish. Null stays null: an amount that is absent is derived from progress.
 */
public final class WholeMinutes {

    private WholeMinutes() {
    }

    /** Whole minutes as the model takes them. */
    public static Double of(Long minutes) {
        return minutes == null ? null : minutes.doubleValue();
    }

    /** The model's minutes to the nearest whole minute. */
    public static Long round(Double minutes) {
        return minutes == null ? null : Math.round(minutes);
    }
}
