package dev.gantry.projects.meeting.api;

import static dev.gantry.platform.text.Texts.blankToNull;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.projects.meeting.ActionItemService;
import dev.gantry.projects.meeting.domain.ActionItem;
import dev.gantry.projects.meeting.domain.AgendaItem;
import dev.gantry.projects.meeting.domain.Attendance;
import dev.gantry.projects.meeting.domain.Attendee;
import dev.gantry.projects.meeting.domain.Decision;
import dev.gantry.projects.meeting.domain.Meeting;
import dev.gantry.projects.meeting.domain.MeetingDetails;
import dev.gantry.projects.meeting.domain.Minutes;
import dev.gantry.projects.meeting.domain.Person;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Maps the meeting API's records to the domain and back, checking what the field constraints cannot. */
final class MeetingMapper {

    static final Duration MAX_LENGTH = Duration.ofDays(7);

    private MeetingMapper() {
    }

    static MeetingDetails toDetails(MeetingRequest r) {
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = null;
        if (r.timeZone() != null) {
            try {
                zone = ZoneId.of(r.timeZone().strip());
            } catch (DateTimeException e) {
                errors.add(FieldError.body("/timeZone", "is not a known time zone; use an IANA name such as"
                        + " Europe/Berlin or America/New_York"));
            }
        }
        boolean zoneUsable = r.timeZone() == null || zone != null;
        OffsetDateTime start = zoneUsable ? dateTime(r.start(), zone, "/start", errors) : null;
        OffsetDateTime end = zoneUsable ? dateTime(r.end(), zone, "/end", errors) : null;
        if (start != null && end != null) {
            if (!end.toInstant().isAfter(start.toInstant())) {
                errors.add(FieldError.body("/end", "must be after start"));
            } else if (Duration.between(start.toInstant(), end.toInstant()).compareTo(MAX_LENGTH) > 0) {
                errors.add(FieldError.body("/end", "a meeting lasts at most 7 days"));
            }
        }
        Person organiser = null;
        if (r.organiser() != null) {
            if (r.organiser().userId() == null || r.organiser().userId().isBlank()) {
                errors.add(FieldError.body("/organiser/userId", "the organiser must be a project member: give their"
                        + " userId"));
            } else {
                organiser = new Person(r.organiser().userId().strip(), null, null);
            }
        }
        if (r.onlineLink() != null && !r.onlineLink().isBlank()) {
            try {
                new URI(r.onlineLink().strip());
            } catch (URISyntaxException e) {
                errors.add(FieldError.body("/onlineLink", "is not a valid URL: " + e.getReason()
                        + "; characters such as | { } \" < > must be percent-encoded"));
            }
        }
        List<Attendee> attendees = new ArrayList<>();
        List<AttendeeDto> sentAttendees = r.attendees() == null ? List.of() : r.attendees();
        for (int i = 0; i < sentAttendees.size(); i++) {
            AttendeeDto a = sentAttendees.get(i);
            Person person = person(a.userId(), a.name(), a.email(), "/attendees/" + i, errors);
            if (person != null) {
                attendees.add(new Attendee(person.userId(), person.name(), person.email(),
                        a.attendance() == null ? Attendance.INVITED : a.attendance()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate meetingDate = start.atZoneSameInstant(zone == null ? start.getOffset() : zone).toLocalDate();
        List<AgendaItem> agenda = r.agenda() == null ? List.of() : r.agenda().stream()
                .map(a -> new AgendaItem(a.title().strip(), blankToNull(a.presenter()), a.minutesAllotted()))
                .toList();
        List<Decision> decisions = r.decisions() == null ? List.of() : r.decisions().stream()
                .map(d -> new Decision(d.text().strip(), blankToNull(d.decidedBy()),
                        d.decidedOn() == null ? meetingDate : d.decidedOn()))
                .toList();
        String minutes = r.minutes() == null ? null : blankToNull(r.minutes().text());
        return new MeetingDetails(r.title().strip(), r.kind(), start.toInstant(), end.toInstant(),
                zone == null ? start.getOffset() : zone, blankToNull(r.location()), blankToNull(r.onlineLink()),
                blankToNull(r.description()), organiser, attendees, agenda, minutes, decisions);
    }

    static ActionItemService.ActionItemInput toInput(ActionItemRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Person owner = person(r.owner().userId(), r.owner().name(), r.owner().email(), "/owner", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ActionItemService.ActionItemInput(r.description().strip(), owner, r.dueDate(), r.status());
    }

    /**
     * A member ({@code userId}; a name sent with it is ignored, the membership's username is used) or an outside
     * person (name and email both required).
     */
    private static Person person(String userId, String name, String email, String pointer, List<FieldError> errors) {
        if (userId != null && !userId.isBlank()) {
            return new Person(userId.strip(), null, blankToNull(email));
        }
        if (name == null || name.isBlank()) {
            errors.add(FieldError.body(pointer + "/name", "give the userId of a project member, or the name and"
                    + " email of an outside person"));
        }
        if (email == null || email.isBlank()) {
            errors.add(FieldError.body(pointer + "/email", "an outside person needs an email address"));
        }
        return name == null || name.isBlank() || email == null || email.isBlank() ? null
                : new Person(null, name.strip(), email.strip());
    }

    /** An ISO date-time with an offset, or a local one in {@code zone}; with both, they must agree. */
    private static OffsetDateTime dateTime(String text, ZoneId zone, String pointer, List<FieldError> errors) {
        String value = text.strip();
        try {
            OffsetDateTime withOffset = OffsetDateTime.parse(value);
            if (zone != null && !zone.getRules().getOffset(withOffset.toInstant()).equals(withOffset.getOffset())) {
                errors.add(FieldError.body(pointer, "the offset " + withOffset.getOffset() + " is not the offset of "
                        + zone.getId() + " at that time (" + zone.getRules().getOffset(withOffset.toInstant())
                        + "); leave the offset out or correct it"));
                return null;
            }
            return withOffset;
        } catch (DateTimeParseException notWithOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(value);
                if (zone == null) {
                    errors.add(FieldError.body(pointer, "has no UTC offset: add one (e.g. " + local
                            + "+01:00) or give timeZone"));
                    return null;
                }
                return local.atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException notLocal) {
                errors.add(FieldError.body(pointer, "must be an ISO-8601 date-time such as 2027-03-15T10:00:00+01:00,"
                        + " or 2027-03-15T10:00:00 with timeZone"));
                return null;
            }
        }
    }

    static MeetingResponse toResponse(Meeting m) {
        ZoneId zone = m.zoneId();
        Minutes minutes = m.minutes();
        return new MeetingResponse(m.id, m.projectId, m.title, m.kind.name(), m.status.name(),
                m.startsAt.atZone(zone).toOffsetDateTime(), m.endsAt.atZone(zone).toOffsetDateTime(), m.timeZone(),
                m.location, m.onlineLink, m.description, person(m.organiser()),
                m.attendees.stream().map(a -> new AttendeeDto(a.userId(), a.name(), a.email(), a.attendance())).toList(),
                m.agenda.stream().map(a -> new AgendaItemDto(a.title(), a.presenter(), a.minutesAllotted())).toList(),
                minutes == null ? null : new MinutesResponse(minutes.text(),
                        new PersonDto(minutes.recordedByUserId(), minutes.recordedByName(), null), minutes.recordedAt()),
                m.decisions.stream().map(d -> new DecisionDto(d.text(), d.decidedBy(), d.decidedOn())).toList(),
                m.cancellationReason, m.cancelledAt, m.version, m.createdAt, m.updatedAt);
    }

    static ActionItemResponse toResponse(ActionItem a) {
        return new ActionItemResponse(a.id, a.projectId, a.meetingId, a.description, person(a.owner()), a.dueDate,
                a.status.name(), a.taskId, a.convertedAt, a.version, a.createdAt, a.updatedAt);
    }

    /** A date (midnight UTC) or a date-time with offset, for the range filters. */
    static Instant instantParameter(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new ValidationException(FieldError.parameter(name, "must be a date (2027-03-01, midnight UTC)"
                        + " or a date-time with offset (2027-03-01T00:00:00+01:00)"));
            }
        }
    }

    private static PersonDto person(Person p) {
        return p == null ? null : new PersonDto(p.userId(), p.name(), p.email());
    }

}
