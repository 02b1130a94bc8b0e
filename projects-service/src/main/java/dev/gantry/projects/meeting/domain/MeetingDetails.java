package dev.gantry.projects.meeting.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything a planner says about a meeting, already checked for form: a meeting is created from it and an update
 * replaces the meeting's content with it. {@code zone} is the zone the times are shown in (an IANA region or a
 * fixed offset); {@code minutesText} null means no minutes.
 */
public record MeetingDetails(String title, MeetingKind kind, Instant start, Instant end, ZoneId zone, String location,
                             String onlineLink, String description, Person organiser, List<Attendee> attendees,
                             List<AgendaItem> agenda, String minutesText, List<Decision> decisions) {
}
