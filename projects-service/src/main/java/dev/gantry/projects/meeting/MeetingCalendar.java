package dev.gantry.projects.meeting;

import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.meeting.domain.Attendee;
import dev.gantry.projects.meeting.domain.Meeting;
import dev.gantry.projects.meeting.domain.Person;
import dev.gantry.projects.meeting.persistence.MeetingRepository;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.persistence.ProjectRepository;
import dev.gantry.projects.schedule.ScheduleService;
import dev.gantry.projects.schedule.ScheduleView;
import dev.gantry.projects.schedule.domain.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The iCalendar (RFC 5545) view of a project: a VEVENT per meeting (cancelled ones included, as STATUS:CANCELLED)
 * and an all-day VEVENT per milestone of the computed schedule. Written with ical4j. Meeting times are written in
 * UTC, so the feed needs no VTIMEZONE; milestones are all-day events on the date of the milestone because the
 * schedule's dates are project-local times without a zone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingCalendar {

    static final String PRODUCT = "-//Gantry//projects-service//EN";
    static final String MEETING_UID = "@meetings.gantry.dev";
    static final String MILESTONE_UID = "@milestones.gantry.dev";

    private final MeetingRepository meetings;
    private final MeetingService meetingService;
    private final ProjectRepository projects;
    private final ProjectAuthorizer authorizer;
    private final ScheduleService schedule;
    private final Clock clock;

    MeetingCalendar(MeetingRepository meetings, MeetingService meetingService, ProjectRepository projects,
                    ProjectAuthorizer authorizer, ScheduleService schedule, Clock clock) {
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.projects = projects;
        this.authorizer = authorizer;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The project's meetings and milestones as an iCalendar document. */
    public String feed(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return render(projects.require(projectId));
    }

    /**
     * The project's meetings and milestones as an iCalendar document, for a caller that has already been allowed to
     * see them (a member with a token, or the owner of a calendar subscription).
     */
    String render(Project project) {
        UUID projectId = project.id;
        Calendar calendar = calendar(project.name);
        for (Meeting meeting : meetings.ofProject(projectId)) {
            calendar.add(event(meeting));
        }
        ScheduleView view = schedule.scheduleOf(projectId);
        Instant calculatedAt = view.settings().calculatedAt == null ? clock.instant() : view.settings().calculatedAt;
        for (TaskView task : view.tasks()) {
            if (task.task().milestone && task.dates() != null && task.dates().finish != null) {
                calendar.add(milestone(task, calculatedAt));
            }
        }
        return write(calendar);
    }

    /** One meeting as an iCalendar document (for "add to my calendar"). */
    public String meeting(UUID projectId, UUID meetingId) {
        authorizer.require(projectId, ProjectPermission.READ);
        Project project = projects.require(projectId);
        Meeting meeting = meetingService.find(projectId, meetingId);
        Calendar calendar = calendar(project.name);
        calendar.add(event(meeting));
        return write(calendar);
    }

    private static Calendar calendar(String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        return calendar;
    }

    private static VEvent event(Meeting m) {
        VEvent event = new VEvent(false);
        event.add(new Uid(m.id + MEETING_UID));
        event.add(new DtStamp(m.updatedAt));
        event.add(new LastModified(m.updatedAt));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, m.version)));
        event.add(new DtStart<>(m.startsAt));
        event.add(new DtEnd<>(m.endsAt));
        event.add(new Summary(m.title));
        event.add(m.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Categories(m.kind.name()));
        String description = description(m);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        if (m.location != null) {
            event.add(new Location(m.location));
        }
        if (m.onlineLink != null) {
            event.add(new Url(URI.create(m.onlineLink)));
        }
        Organizer organizer = new Organizer(address(m.organiser()));
        organizer.add(new Cn(m.organiserName));
        event.add(organizer);
        for (Attendee a : m.attendees) {
            net.fortuna.ical4j.model.property.Attendee attendee =
                    new net.fortuna.ical4j.model.property.Attendee(address(a.person()));
            attendee.add(new Cn(a.name()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(switch (a.attendance()) {
                case INVITED -> PartStat.NEEDS_ACTION;
                case ATTENDED -> PartStat.ACCEPTED;
                case ABSENT -> PartStat.DECLINED;
            });
            attendee.add(new Rsvp(false));
            event.add(attendee);
        }
        return event;
    }

    private static VEvent milestone(TaskView view, Instant calculatedAt) {
        LocalDate date = view.dates().finish.toLocalDate();
        VEvent event = new VEvent(false);
        event.add(new Uid(view.task().id + MILESTONE_UID));
        event.add(new DtStamp(calculatedAt));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, view.task().version)));
        event.add(new DtStart<>(date));
        event.add(new DtEnd<>(date.plusDays(1)));
        event.add(new Summary("Milestone: " + view.task().name));
        event.add(new Categories("MILESTONE"));
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        if (view.dates().wbs != null) {
            event.add(new Description("WBS " + view.dates().wbs + (view.dates().critical ? ", on the critical path" : "")));
        }
        return event;
    }

    private static String description(Meeting m) {
        StringBuilder text = new StringBuilder();
        if (m.description != null) {
            text.append(m.description);
        }
        if (!m.agenda.isEmpty()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append("Agenda:");
            for (int i = 0; i < m.agenda.size(); i++) {
                var item = m.agenda.get(i);
                text.append('\n').append(i + 1).append(". ").append(item.title());
                if (item.presenter() != null) {
                    text.append(" (").append(item.presenter()).append(')');
                }
                if (item.minutesAllotted() != null) {
                    text.append(", ").append(item.minutesAllotted()).append(" min");
                }
            }
        }
        if (m.onlineLink != null) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append("Join online: ").append(m.onlineLink);
        }
        if (m.isCancelled() && m.cancellationReason != null) {
            text.insert(0, "Cancelled: " + m.cancellationReason + (text.isEmpty() ? "" : "\n\n"));
        }
        return text.toString();
    }

    /**
     * A calendar user address: mailto: when the email is known; otherwise a URN naming the Gantry user, which
     * calendar programs show by its CN.
     */
    static URI address(Person person) {
        if (person.email() != null) {
            try {
                return new URI("mailto", person.email(), null);
            } catch (URISyntaxException e) {
                // falls through to the user's URN, or the name below
            }
        }
        if (person.userId() == null) {
            return URI.create("urn:gantry:person:" + URLEncoder.encode(person.name(), StandardCharsets.UTF_8));
        }
        return URI.create("urn:gantry:user:" + URLEncoder.encode(person.userId(), StandardCharsets.UTF_8));
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

}
