package dev.gantry.contracts.project;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What other systems need to know about a meeting: when and where it is, who organises it and who is invited.
 * {@code start} and {@code end} are instants; {@code timeZone} is the IANA zone the meeting was planned in (absent
 * when it was planned with a bare UTC offset). {@code status} is SCHEDULED or CANCELLED; {@code kind} is KICK_OFF,
 * STATUS, STEERING, REVIEW, RETROSPECTIVE or OTHER. Agenda, minutes and decisions stay in projects-service.
 */
public record MeetingInfo(
        UUID meetingId,
        String title,
        String kind,
        String status,
        Instant start,
        Instant end,
        String timeZone,
        String location,
        String onlineLink,
        MeetingPerson organiser,
        List<Attendee> attendees,
        long version) {

    /** An invited person and whether they attended (INVITED until recorded, then ATTENDED or ABSENT). */
    public record Attendee(String userId, String name, String email, String attendance) {
    }
}
