package dev.gantry.contracts.project;

/** A user's membership of a project. {@code userId} is the identity provider's subject of the user. */
public record Member(String userId, String username, ProjectRole role) {
}
