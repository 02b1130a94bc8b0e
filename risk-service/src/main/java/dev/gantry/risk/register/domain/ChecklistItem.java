package dev.gantry.risk.register.domain;

/** A standard risk of a checklist: what a project's register opens with, scored on the matrix's levels. */
public record ChecklistItem(String title, String category, String cause, String event, String effect,
                            Integer probability, Integer impact) {
}
