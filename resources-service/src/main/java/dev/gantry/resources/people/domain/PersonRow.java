package dev.gantry.resources.people.domain;

/** One person of an import: the line of the file it came from, for error reports, and what it says. */
public record PersonRow(int line, PersonDetails details) {
}
