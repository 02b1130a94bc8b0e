package dev.gantry.contracts.project;

/**
 * Someone taking part in a meeting or owning an action item: a project member ({@code userId}, with their username
 * as {@code name}) or a person from outside the project ({@code name} and {@code email}, no {@code userId}).
 */
public record MeetingPerson(
        String userId,
        String name,
        String email) {
}
