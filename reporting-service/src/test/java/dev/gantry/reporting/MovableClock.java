package dev.gantry.reporting;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in these tests: the system's, unless a test sets it to a moment of its choosing (and moves it on).
 * Replaces the platform's default clock bean for the whole test application.
 */
public final class MovableClock extends Clock {

    private static final MovableClock INSTANCE = new MovableClock();

    private volatile Instant fixed;

    private MovableClock() {
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

    /** The bean. */
    static final class Producer {
        @Produces
        @Singleton
        Clock clock() {
            return INSTANCE;
        }
    }
}
