package dev.gantry.resources.people;

import java.util.UUID;

/**
 * Something a person's load depends on changed — an allocation, an absence, their capacity — in the current
 * transaction, with the person locked. Fired as a CDI event so that the features that change the inputs need not know
 * the one that evaluates the load.
 */
public record LoadInputsChanged(UUID personId) {
}
