package dev.gantry.resources.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something a person's load depends on changed — an allocation, an absence, their capacity — in the current
 * transaction, with the person locked. Fired as a CDI event so that the features that change the inputs need not know
 * the one that evaluates the load. {@code firstDay} and {@code lastDay}, when given, bound the days whose inputs
 * changed (an allocation moved from and to days within them); without them any day may have changed.
 */
public record LoadInputsChanged(UUID personId, LocalDate firstDay, LocalDate lastDay) {

    /** Any of the person's days may have changed. */
    public LoadInputsChanged(UUID personId) {
        this(personId, null, null);
    }

    /** Whether any of the person's days may have changed. */
    public boolean anyDay() {
        return firstDay == null || lastDay == null;
    }

    /** Both changes of the same person as one: the days of either (any day when either says so). */
    public LoadInputsChanged join(LoadInputsChanged other) {
        if (anyDay() || other.anyDay()) {
            return new LoadInputsChanged(personId);
        }
        return new LoadInputsChanged(personId, firstDay.isBefore(other.firstDay) ? firstDay : other.firstDay,
                lastDay.isAfter(other.lastDay) ? lastDay : other.lastDay);
    }
}
