package dev.gantry.projects.lifecycle.domain;

/** One gate criterion: a stable {@code code} for programs, a sentence for people, and whether it is met now. */
public record Criterion(String code, String description, boolean met) {
}
