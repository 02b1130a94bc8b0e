package dev.gantry.contracts.project;

/** The person who sponsors a project; {@code userId} is their subject at the identity provider when they have one. */
public record Sponsor(String name, String userId, String email) {
}
