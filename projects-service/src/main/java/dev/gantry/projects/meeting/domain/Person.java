package dev.gantry.projects.meeting.domain;

/**
 * A project member ({@code userId}, {@code name} = their username, optional {@code email}) or a person from outside
 * the project ({@code name} and {@code email}, no {@code userId}).
 */
public record Person(String userId, String name, String email) {

    public boolean isMember() {
        return userId != null;
    }
}
