package dev.gantry.projects.charter.domain;

/** The project's sponsor; {@code userId} (subject at the identity provider) and {@code email} are optional. */
public record Sponsor(String name, String userId, String email) {
}
