package dev.gantry.projects.meeting;

import dev.gantry.contracts.project.MeetingCancelled;
import dev.gantry.contracts.project.MeetingInfo;
import dev.gantry.contracts.project.MeetingPerson;
import dev.gantry.contracts.project.MeetingScheduled;
import dev.gantry.contracts.project.MeetingUpdated;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.meeting.domain.Attendee;
import dev.gantry.projects.meeting.domain.Meeting;
import dev.gantry.projects.meeting.domain.MeetingDetails;
import dev.gantry.projects.meeting.domain.Person;
import dev.gantry.projects.meeting.persistence.MeetingRepository;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.persistence.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Meetings of a project. Members with write access schedule and change them; every change is published. */
@ApplicationScoped
@Transactional
public class MeetingService {

    private final MeetingRepository meetings;
    private final ProjectRepository projects;
    private final ProjectAuthorizer authorizer;
    private final People people;
    private final CurrentUser user;
    private final EventPublisher events;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, ProjectRepository projects, ProjectAuthorizer authorizer, People people,
                   CurrentUser user, EventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.projects = projects;
        this.authorizer = authorizer;
        this.people = people;
        this.user = user;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Meeting> list(UUID projectId, MeetingRepository.Filter filter, PageRequest page) {
        authorizer.require(projectId, ProjectPermission.READ);
        projects.require(projectId);
        return meetings.search(projectId, filter, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Meeting get(UUID projectId, UUID meetingId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return find(projectId, meetingId);
    }

    /** Schedules a meeting; without an organiser in the details, the caller organises it. */
    public Meeting schedule(UUID projectId, MeetingDetails details) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        requireOpen(projects.require(projectId));
        MeetingDetails resolved = resolve(projectId, details, caller(), Map.of());
        Instant now = clock.instant();
        Meeting meeting = Meeting.schedule(projectId, resolved, caller(), now);
        meetings.persistAndFlush(meeting);
        events.publish(new MeetingScheduled(projectId, info(meeting), now));
        return meeting;
    }

    /** Replaces the meeting document; needs If-Match with the meeting's ETag. Publishes MeetingUpdated if it changed. */
    public Meeting update(UUID projectId, UUID meetingId, String ifMatch, MeetingDetails details) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Meeting meeting = find(projectId, meetingId);
        ETags.requireMatch(ifMatch, meeting.version);
        requireOpen(projects.require(projectId));
        meeting.requireScheduled();
        MeetingDetails resolved = resolve(projectId, details, meeting.organiser(), known(meeting));
        List<String> changed = meeting.change(resolved, caller(), clock.instant());
        if (changed.isEmpty()) {
            return meeting;
        }
        meetings.flush();
        events.publish(new MeetingUpdated(projectId, info(meeting), changed, meeting.updatedAt));
        return meeting;
    }

    /** Cancels a meeting; it stays readable (and in the calendar feed) as cancelled. */
    public Meeting cancel(UUID projectId, UUID meetingId, String ifMatch, String reason) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Meeting meeting = find(projectId, meetingId);
        ETags.requireMatch(ifMatch, meeting.version);
        requireOpen(projects.require(projectId));
        meeting.requireScheduled();
        Instant now = clock.instant();
        meeting.cancel(reason, now);
        meetings.flush();
        events.publish(new MeetingCancelled(projectId, meeting.id, meeting.title, meeting.startsAt, reason,
                meeting.version, now));
        return meeting;
    }

    Meeting find(UUID projectId, UUID meetingId) {
        projects.require(projectId);
        return meetings.findInProject(projectId, meetingId).orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }

    static void requireOpen(Project project) {
        project.requireOpenFor("its meetings", "Meetings of closed or cancelled projects are kept as they were");
    }

    private Person caller() {
        return new Person(user.id(), user.username() == null ? user.id() : user.username(), null);
    }

    /**
     * Fills in members' names, checks that the people named belong to the project and that nobody is invited twice.
     * Without an organiser in the details, {@code defaultOrganiser} organises the meeting.
     */
    private MeetingDetails resolve(UUID projectId, MeetingDetails d, Person defaultOrganiser,
                                   Map<String, String> known) {
        List<FieldError> errors = new ArrayList<>();
        People.Roster roster = people.roster(projectId, known);
        Person organiser;
        if (d.organiser() == null) {
            organiser = defaultOrganiser;
        } else {
            organiser = roster.resolve(d.organiser(), "/organiser", errors);
        }
        List<Attendee> attendees = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.attendees().size(); i++) {
            Attendee a = d.attendees().get(i);
            String pointer = "/attendees/" + i;
            Person person = roster.resolve(a.person(), pointer, errors);
            if (person == null) {
                continue;
            }
            String identity = person.isMember() ? "user:" + person.userId()
                    : "email:" + person.email().toLowerCase(Locale.ROOT);
            if (!seen.add(identity)) {
                errors.add(FieldError.body(pointer, "is invited twice"));
                continue;
            }
            attendees.add(new Attendee(person.userId(), person.name(), person.email(), a.attendance()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new MeetingDetails(d.title(), d.kind(), d.start(), d.end(), d.zone(), d.location(), d.onlineLink(),
                d.description(), organiser, attendees, d.agenda(), d.minutesText(), d.decisions());
    }

    /** The members the meeting already names (organiser and attendees), by user id. */
    private static Map<String, String> known(Meeting meeting) {
        Map<String, String> known = new HashMap<>();
        known.put(meeting.organiserUserId, meeting.organiserName);
        meeting.attendees.stream().filter(a -> a.userId() != null).forEach(a -> known.put(a.userId(), a.name()));
        return known;
    }

    static MeetingInfo info(Meeting m) {
        return new MeetingInfo(m.id, m.title, m.kind.name(), m.status.name(), m.startsAt, m.endsAt, m.timeZone(),
                m.location, m.onlineLink, person(m.organiser()),
                m.attendees.stream().map(a -> new MeetingInfo.Attendee(a.userId(), a.name(), a.email(),
                        a.attendance().name())).toList(),
                m.version);
    }

    static MeetingPerson person(Person p) {
        return p == null ? null : new MeetingPerson(p.userId(), p.name(), p.email());
    }
}
