package dev.gantry.projects.meeting.domain;

import dev.gantry.platform.errors.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting of a project: when and where, who organises it and who is invited (with their attendance), the agenda,
 * the minutes and the decisions. All of it is one document with one version. Action items are separate
 * ({@link ActionItem}): they outlive the meeting and change on their own.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;

    @Column(name = "start_at", nullable = false)
    public Instant startsAt;

    @Column(name = "end_at", nullable = false)
    public Instant endsAt;

    /** An IANA region id, or a fixed offset for meetings planned without a time zone. */
    @Column(name = "zone", nullable = false)
    public String zone;

    public String location;

    @Column(name = "online_link")
    public String onlineLink;

    public String description;

    @Column(name = "organiser_user_id", nullable = false)
    public String organiserUserId;

    @Column(name = "organiser_name", nullable = false)
    public String organiserName;

    @Convert(converter = MeetingJson.Attendees.class)
    @Column(nullable = false)
    public List<Attendee> attendees = List.of();

    @Convert(converter = MeetingJson.Agenda.class)
    @Column(nullable = false)
    public List<AgendaItem> agenda = List.of();

    @Convert(converter = MeetingJson.Decisions.class)
    @Column(nullable = false)
    public List<Decision> decisions = List.of();

    @Column(name = "minutes_text")
    public String minutesText;

    @Column(name = "minutes_by_user_id")
    public String minutesByUserId;

    @Column(name = "minutes_by_name")
    public String minutesByName;

    @Column(name = "minutes_at")
    public Instant minutesAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** A new scheduled meeting; {@code recordedBy} is who wrote the minutes, if the details have any. */
    public static Meeting schedule(UUID projectId, MeetingDetails details, Person recordedBy, Instant now) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.projectId = projectId;
        meeting.status = MeetingStatus.SCHEDULED;
        meeting.createdAt = now;
        meeting.updatedAt = now;
        meeting.change(details, recordedBy, now);
        return meeting;
    }

    /**
     * Replaces the meeting's content with {@code details} and returns the names of the fields that changed (empty:
     * nothing changed, the version stays). Minutes that change are recorded as written by {@code recordedBy} now.
     */
    public List<String> change(MeetingDetails d, Person recordedBy, Instant now) {
        List<String> changed = new ArrayList<>();
        if (!d.title().equals(title)) {
            title = d.title();
            changed.add("title");
        }
        if (d.kind() != kind) {
            kind = d.kind();
            changed.add("kind");
        }
        if (!d.start().equals(startsAt)) {
            startsAt = d.start();
            changed.add("start");
        }
        if (!d.end().equals(endsAt)) {
            endsAt = d.end();
            changed.add("end");
        }
        if (!d.zone().getId().equals(zone)) {
            zone = d.zone().getId();
            changed.add("timeZone");
        }
        if (!Objects.equals(d.location(), location)) {
            location = d.location();
            changed.add("location");
        }
        if (!Objects.equals(d.onlineLink(), onlineLink)) {
            onlineLink = d.onlineLink();
            changed.add("onlineLink");
        }
        if (!Objects.equals(d.description(), description)) {
            description = d.description();
            changed.add("description");
        }
        if (!d.organiser().userId().equals(organiserUserId) || !d.organiser().name().equals(organiserName)) {
            organiserUserId = d.organiser().userId();
            organiserName = d.organiser().name();
            changed.add("organiser");
        }
        if (!d.attendees().equals(attendees)) {
            attendees = List.copyOf(d.attendees());
            changed.add("attendees");
        }
        if (!d.agenda().equals(agenda)) {
            agenda = List.copyOf(d.agenda());
            changed.add("agenda");
        }
        if (!Objects.equals(d.minutesText(), minutesText)) {
            minutesText = d.minutesText();
            minutesByUserId = minutesText == null ? null : recordedBy.userId();
            minutesByName = minutesText == null ? null : recordedBy.name();
            minutesAt = minutesText == null ? null : now;
            changed.add("minutes");
        }
        if (!d.decisions().equals(decisions)) {
            decisions = List.copyOf(d.decisions());
            changed.add("decisions");
        }
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    public void cancel(String reason, Instant now) {
        status = MeetingStatus.CANCELLED;
        cancellationReason = reason;
        cancelledAt = now;
        updatedAt = now;
    }

    /** Refuses a change to a cancelled meeting: it stays as it was when cancelled. */
    public void requireScheduled() {
        if (isCancelled()) {
            throw new ConflictException("Meeting '" + title + "' was cancelled; it can no longer change",
                    List.of("Schedule a new meeting instead"));
        }
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** The IANA time zone the meeting was planned in, or null when it was planned with a bare UTC offset. */
    public String timeZone() {
        return zoneId() instanceof ZoneOffset ? null : zone;
    }

    /** The calendar date the meeting starts on, where it takes place. */
    public LocalDate localDate() {
        return startsAt.atZone(zoneId()).toLocalDate();
    }

    public Person organiser() {
        return new Person(organiserUserId, organiserName, null);
    }

    public Minutes minutes() {
        return minutesText == null ? null : new Minutes(minutesText, minutesByUserId, minutesByName, minutesAt);
    }
}
