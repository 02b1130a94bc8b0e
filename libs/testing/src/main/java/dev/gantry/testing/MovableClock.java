package dev.gantry.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in its tests: the system's, unless a test sets it to a moment of its choosing (and moves it on).
 * A test module makes it the application's {@code Clock} bean with a producer of its own, which replaces the platform's
 * default clock for the whole test application; a test that sets it resets it when done.
 */
public final class MovableClock extends Clock {

    private static final MovableClock INSTANCE = new MovableClock();

    private volatile Instant fixed;

    private MovableClock() {
    }

    /** The one clock, to produce as the bean. */
    public static MovableClock instance() {
        return INSTANCE;
    }

    /** From now on the clock says {@code instant}, until moved again or {@link #reset()}. */
    public static void set(Instant instant) {
        INSTANCE.fixed = instant;
    }

    public static void reset() {
        INSTANCE.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }
}
