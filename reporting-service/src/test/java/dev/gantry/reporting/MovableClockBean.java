package dev.gantry.reporting;

import dev.gantry.testing.MovableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** In these tests the service's clock is the {@link MovableClock}, which a test may set and move on. */
final class MovableClockBean {

    @Produces
    @Singleton
    Clock clock() {
        return MovableClock.instance();
    }
}
