package dev.gantry.projects.meeting.domain;

/** A person invited to a meeting and whether they came. */
public record Attendee(String userId, String name, String email, Attendance attendance) {

    public Person person() {
        return new Person(userId, name, email);
    }
}
