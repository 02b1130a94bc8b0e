package dev.gantry.projects;

import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.MeetingFixtures.cancel;
import static dev.gantry.projects.MeetingFixtures.replace;
import static dev.gantry.projects.MeetingFixtures.scheduleMeeting;
import static dev.gantry.projects.MeetingFixtures.steering;
import static dev.gantry.projects.MeetingFixtures.with;
import static dev.gantry.projects.PmFixtures.addMember;
import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class MeetingCalendarFeedTest {

    private static final String FEED = "/api/projects/{p}/calendar.ics";

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static Calendar feed(UUID project, String user, String... roles) throws Exception {
        String ics = as(user, roles).get(FEED, project).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        return parse(ics);
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    private static VEvent event(Calendar calendar, String uid) {
        return events(calendar).stream()
                .filter(e -> e.getUid().map(Property::getValue).orElse("").equals(uid))
                .findFirst().orElseThrow(() -> new AssertionError("no VEVENT with UID " + uid));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Temporal date(VEvent event, String property) {
        return ((DateProperty<?>) event.getProperty(property).orElseThrow()).getDate();
    }

    private static String parameter(Property property, String name) {
        return property.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    @Test
    void theFeedHasEveryMeetingAndMilestoneAndParsesBack() throws Exception {
        UUID project = createProject(uniqueName("Calendar feed"));
        addMember(project, "viewer", "VIEWER");
        String steering = scheduleMeeting(project, steering());
        String kickOff = scheduleMeeting(project, with(with(with(with(steering(), "title", "Kick-off"), "kind",
                "KICK_OFF"), "start", "2027-03-01T09:00:00"), "end", "2027-03-01T10:00:00"));
        cancel(asPm(), project, kickOff, "\"0\"", "Merged into the steering meeting").statusCode(200);
        String build = asPm().contentType(ContentType.JSON).body(Map.of("name", "Build", "durationMinutes", 2400))
                .post("/api/projects/{p}/tasks", project).then().statusCode(201).extract().path("id");
        String milestone = asPm().contentType(ContentType.JSON)
                .body(Map.of("name", "Rollout complete", "milestone", true, "durationMinutes", 0))
                .post("/api/projects/{p}/tasks", project).then().statusCode(201).extract().path("id");
        asPm().contentType(ContentType.JSON).body(Map.of("predecessorId", build, "successorId", milestone))
                .post("/api/projects/{p}/dependencies", project).then().statusCode(201);
        String finish = asPm().get("/api/projects/{p}/tasks/{t}", project, milestone).then().statusCode(200)
                .extract().path("schedule.finish");

        Calendar calendar = feed(project, "viewer", "viewer");
        assertThat(calendar.getProperty("PRODID").map(Property::getValue)).contains("-//Gantry//projects-service//EN");
        assertThat(calendar.getProperty("VERSION").map(Property::getValue)).contains("2.0");
        assertThat(events(calendar)).hasSize(3);

        VEvent meeting = event(calendar, steering + "@meetings.gantry.dev");
        assertThat(value(meeting, "SUMMARY")).isEqualTo("Steering committee #3");
        assertThat(value(meeting, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(meeting, "SEQUENCE")).isEqualTo("0");
        assertThat(value(meeting, "LOCATION")).isEqualTo("Room 4.12, Head office");
        assertThat(value(meeting, "URL")).isEqualTo("https://meet.example.com/steering-3");
        assertThat(value(meeting, "DESCRIPTION")).contains("Agenda:", "1. Budget review (pm), 20 min",
                "2. Vendor choice, 40 min");
        assertThat(value(meeting, "DTSTAMP")).isNotBlank();
        assertThat(Instant.from(date(meeting, "DTSTART"))).isEqualTo(Instant.parse("2027-03-15T09:00:00Z"));
        assertThat(Instant.from(date(meeting, "DTEND"))).isEqualTo(Instant.parse("2027-03-15T10:30:00Z"));
        assertThat(meeting.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270315T090000Z");
        Property organiser = meeting.getProperty("ORGANIZER").orElseThrow();
        assertThat(parameter(organiser, "CN")).isEqualTo("pm");
        assertThat(organiser.getValue()).isEqualTo("urn:gantry:user:" + TestTokens.subjectOf("pm"));
        List<Attendee> attendees = meeting.getProperties("ATTENDEE").stream().map(Attendee.class::cast).toList();
        assertThat(attendees).extracting(a -> parameter(a, "CN")).containsExactly("pm", "Dana Whitfield");
        assertThat(attendees).extracting(a -> parameter(a, "PARTSTAT")).containsOnly("NEEDS-ACTION");
        assertThat(attendees.get(1).getValue()).isEqualTo("mailto:dana.whitfield@example.com");

        VEvent cancelled = event(calendar, kickOff + "@meetings.gantry.dev");
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelled, "SEQUENCE")).isEqualTo("1");
        assertThat(value(cancelled, "DESCRIPTION")).startsWith("Cancelled: Merged into the steering meeting");

        VEvent milestoneEvent = event(calendar, milestone + "@milestones.gantry.dev");
        assertThat(value(milestoneEvent, "SUMMARY")).isEqualTo("Milestone: Rollout complete");
        LocalDate milestoneDate = LocalDateTime.parse(finish).toLocalDate();
        assertThat(milestoneDate).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(date(milestoneEvent, "DTSTART")).isEqualTo(milestoneDate);
        assertThat(date(milestoneEvent, "DTEND")).isEqualTo(milestoneDate.plusDays(1));
        assertThat(parameter(milestoneEvent.getProperty("DTSTART").orElseThrow(), "VALUE")).isEqualTo("DATE");
        // the task that is not a milestone is not in the feed
        assertThat(events(calendar)).noneMatch(e -> value(e, "UID").startsWith(build));
    }

    @Test
    void uidsStayAndSequenceFollowsTheMeetingsVersion() throws Exception {
        UUID project = createProject(uniqueName("Calendar sequence"));
        String id = scheduleMeeting(project, steering());
        Calendar before = feed(project, "pm", "project-manager");
        replace(asPm(), project, id, "\"0\"", with(with(steering(), "start", "2027-03-16T14:00:00"), "end",
                "2027-03-16T15:00:00")).statusCode(200);
        replace(asPm(), project, id, "\"1\"", with(with(steering(), "start", "2027-03-16T14:00:00"), "end",
                "2027-03-16T15:30:00")).statusCode(200);
        Calendar after = feed(project, "pm", "project-manager");

        VEvent first = event(before, id + "@meetings.gantry.dev");
        VEvent moved = event(after, id + "@meetings.gantry.dev");
        assertThat(value(first, "SEQUENCE")).isEqualTo("0");
        assertThat(value(moved, "SEQUENCE")).isEqualTo("2");
        assertThat(Instant.from(date(moved, "DTSTART"))).isEqualTo(Instant.parse("2027-03-16T13:00:00Z"));
    }

    @Test
    void oneMeetingAsICalendar() throws Exception {
        UUID project = createProject(uniqueName("Meeting ics"));
        String id = scheduleMeeting(project, steering());
        scheduleMeeting(project, with(steering(), "title", "Another"));
        String ics = asPm().get("/api/projects/{p}/meetings/{m}.ics", project, id).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        Calendar calendar = parse(ics);
        assertThat(events(calendar)).hasSize(1);
        assertThat(value(event(calendar, id + "@meetings.gantry.dev"), "SUMMARY")).isEqualTo("Steering committee #3");
        asPm().get("/api/projects/{p}/meetings/{m}.ics", project, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void textIsEscapedSoThatNothingCanInjectCalendarLines() throws Exception {
        UUID project = createProject(uniqueName("Calendar escaping"));
        String title = "Lenkungsausschuss; Q1, «Budget» — Zürich 東京 🚀";
        String description = "Line one\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@example.com\nSUMMARY:Injected";
        String id = scheduleMeeting(project, with(with(with(steering(), "title", title), "description", description),
                "location", "Büro 3; Etage 2, \\ Nord"));
        String ics = asPm().get(FEED, project).then().statusCode(200).extract().asString();
        Calendar calendar = parse(ics);
        assertThat(events(calendar)).hasSize(1);
        VEvent meeting = event(calendar, id + "@meetings.gantry.dev");
        assertThat(value(meeting, "SUMMARY")).isEqualTo(title);
        assertThat(value(meeting, "LOCATION")).isEqualTo("Büro 3; Etage 2, \\ Nord");
        assertThat(value(meeting, "DESCRIPTION")).startsWith(description);
        assertThat(ics).doesNotContain("\r\nUID:evil@example.com");
    }

    @Test
    void theFeedNeedsATokenAndMembership() throws Exception {
        UUID project = createProject(uniqueName("Private calendar"));
        String id = scheduleMeeting(project, steering());
        RestAssured.given().get(FEED, project).then().statusCode(401).contentType("application/problem+json");
        RestAssured.given().get("/api/projects/{p}/meetings/{m}.ics", project, id).then().statusCode(401);
        for (UUID p : new UUID[]{project, UUID.randomUUID()}) {
            as("outsider", "project-manager").get(FEED, p).then().statusCode(404)
                    .contentType("application/problem+json");
            as("outsider", "project-manager").get("/api/projects/{p}/meetings/{m}.ics", p, id).then().statusCode(404);
        }
        assertThat(events(feed(project, "boss", "pmo"))).hasSize(1);
        // a project without meetings or schedule still has a valid (empty) calendar
        assertThat(events(feed(createProject(uniqueName("Empty calendar")), "pm", "project-manager"))).isEmpty();
    }
}
