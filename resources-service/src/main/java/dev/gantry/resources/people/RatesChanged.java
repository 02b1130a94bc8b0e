package dev.gantry.resources.people;

import java.util.UUID;

/**
 * A person's cost rates changed in the current transaction: the cost of hours already approved may have changed with
 * them (a rate is effective from a day, possibly in the past). A CDI event, so that people need not know how cost is
 * recorded.
 */
public record RatesChanged(UUID personId) {
}
