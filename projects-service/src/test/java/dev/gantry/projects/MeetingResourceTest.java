package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.gantry.projects.MeetingFixtures.MEETING;
import static dev.gantry.projects.MeetingFixtures.MEETINGS;
import static dev.gantry.projects.MeetingFixtures.cancel;
import static dev.gantry.projects.MeetingFixtures.meetingRows;
import static dev.gantry.projects.MeetingFixtures.replace;
import static dev.gantry.projects.MeetingFixtures.schedule;
import static dev.gantry.projects.MeetingFixtures.scheduleMeeting;
import static dev.gantry.projects.MeetingFixtures.steering;
import static dev.gantry.projects.MeetingFixtures.with;
import static dev.gantry.projects.PmFixtures.addMember;
import static dev.gantry.projects.PmFixtures.move;
import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MeetingResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(GantryTestResources.kafka());
    }

    @AfterAll
    static void disconnect() {
        if (kafka != null) {
            kafka.close();
        }
    }

    /** The steering meeting after it took place: attendance, minutes and a decision recorded. */
    static Map<String, Object> recorded() {
        Map<String, Object> body = new HashMap<>(steering());
        body.put("attendees", List.of(
                Map.of("userId", TestTokens.subjectOf("pm").toString(), "attendance", "ATTENDED"),
                Map.of("name", "Dana Whitfield", "email", "dana.whitfield@example.com", "attendance", "ABSENT")));
        body.put("minutes", Map.of("text", "Budget approved; vendor B selected."));
        body.put("decisions", List.of(Map.of("text", "Go ahead with vendor B", "decidedBy", "Steering committee")));
        return body;
    }

    @Test
    void scheduleReadRecordAndCancelAMeeting() {
        UUID project = createProject(uniqueName("Meetings"));
        String pm = TestTokens.subjectOf("pm").toString();
        var created = schedule(asPm(), project, steering())
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("projectId", equalTo(project.toString()))
                .body("title", equalTo("Steering committee #3"))
                .body("kind", equalTo("STEERING"))
                .body("status", equalTo("SCHEDULED"))
                .body("start", equalTo("2027-03-15T10:00:00+01:00"))
                .body("end", equalTo("2027-03-15T11:30:00+01:00"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("organiser.userId", equalTo(pm))
                .body("organiser.name", equalTo("pm"))
                .body("attendees.name", contains("pm", "Dana Whitfield"))
                .body("attendees.attendance", contains("INVITED", "INVITED"))
                .body("attendees[1].email", equalTo("dana.whitfield@example.com"))
                .body("agenda.title", contains("Budget review", "Vendor choice"))
                .body("agenda[0].minutesAllotted", equalTo(20))
                .body("minutes", nullValue())
                .body("decisions.size()", equalTo(0))
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/projects/" + project + "/meetings/" + id);

        asPm().get(MEETING, project, id).then().statusCode(200).header("ETag", "\"0\"")
                .body("location", equalTo("Room 4.12, Head office"));
        asPm().header("If-None-Match", "\"0\"").get(MEETING, project, id).then().statusCode(304);

        // after the meeting: attendance, minutes and decisions
        replace(asPm(), project, id, "\"0\"", recorded()).statusCode(200)
                .header("ETag", "\"1\"")
                .body("attendees.attendance", contains("ATTENDED", "ABSENT"))
                .body("minutes.text", equalTo("Budget approved; vendor B selected."))
                .body("minutes.recordedBy.name", equalTo("pm"))
                .body("minutes.recordedAt", notNullValue())
                .body("decisions[0].text", equalTo("Go ahead with vendor B"))
                .body("decisions[0].decidedOn", equalTo("2027-03-15"))
                .body("organiser.name", equalTo("pm"));

        // the same document again changes nothing: no new version, no event
        long events = outboxRows();
        replace(asPm(), project, id, "\"1\"", recorded()).statusCode(200).header("ETag", "\"1\"");
        assertThat(outboxRows()).isEqualTo(events);

        replace(asPm(), project, id, null, steering()).statusCode(428).contentType("application/problem+json");
        replace(asPm(), project, id, "\"0\"", steering()).statusCode(412).contentType("application/problem+json");
        asPm().get(MEETING, project, id).then().body("version", equalTo(1));

        cancel(asPm(), project, id, null, "Moved").statusCode(428);
        cancel(asPm(), project, id, "\"0\"", "Moved").statusCode(412);
        cancel(asPm(), project, id, "\"1\"", "The sponsor is travelling").statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("The sponsor is travelling"))
                .body("cancelledAt", notNullValue());
        // cancelled meetings stay readable and no longer change
        asPm().get(MEETING, project, id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        replace(asPm(), project, id, "\"2\"", steering()).statusCode(409).contentType("application/problem+json");
        cancel(asPm(), project, id, "\"2\"", null).statusCode(409);
    }

    @Test
    void timesTakeAnOffsetOrATimeZone() {
        UUID project = createProject(uniqueName("Meeting times"));
        // a bare offset is kept as given; there is no time zone
        schedule(asPm(), project, with(with(with(steering(), "timeZone", null),
                "start", "2027-03-15T15:30:00+05:30"), "end", "2027-03-15T16:30:00+05:30"))
                .statusCode(201)
                .body("start", equalTo("2027-03-15T15:30:00+05:30"))
                .body("timeZone", nullValue());
        // local times in a zone follow its daylight-saving offset
        schedule(asPm(), project, with(with(steering(), "start", "2027-07-01T10:00:00"), "end", "2027-07-01T11:00:00"))
                .statusCode(201)
                .body("start", equalTo("2027-07-01T10:00:00+02:00"))
                .body("end", equalTo("2027-07-01T11:00:00+02:00"));
        // an offset that agrees with the zone is fine; UTC is rendered in the zone
        schedule(asPm(), project, with(with(steering(), "start", "2027-03-15T09:00:00Z"), "end", "2027-03-15T10:00:00Z"))
                .statusCode(400).body("errors.pointer", hasItem("/start"));
        schedule(asPm(), project, with(with(with(steering(), "timeZone", "UTC"),
                "start", "2027-03-15T09:00:00Z"), "end", "2027-03-15T10:00:00+00:00"))
                .statusCode(201).body("start", equalTo("2027-03-15T09:00:00Z"));
    }

    @Test
    void meetingsArePagedSortedAndFilteredByDate() {
        UUID project = createProject(uniqueName("Meeting list"));
        String kickOff = scheduleMeeting(project, with(with(with(with(steering(), "title", "Kick-off"), "kind",
                "KICK_OFF"), "start", "2027-03-01T09:00:00"), "end", "2027-03-01T10:00:00"));
        scheduleMeeting(project, with(with(with(steering(), "title", "Status 1"), "start", "2027-03-08T09:00:00"),
                "end", "2027-03-08T09:30:00"));
        scheduleMeeting(project, with(with(with(steering(), "title", "Steering"), "start", "2027-04-12T14:00:00"),
                "end", "2027-04-12T16:00:00"));
        scheduleMeeting(createProject(uniqueName("Other meetings")), steering());
        cancel(asPm(), project, kickOff, "\"0\"", "Merged into the first status meeting").statusCode(200);

        asPm().get(MEETINGS, project).then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.title", contains("Kick-off", "Status 1", "Steering"));
        asPm().queryParam("size", 2).queryParam("page", 1).get(MEETINGS, project).then()
                .body("items.title", contains("Steering")).body("size", equalTo(2));
        asPm().queryParam("sort", "title,desc").get(MEETINGS, project).then()
                .body("items.title", contains("Steering", "Status 1", "Kick-off"));
        asPm().queryParam("from", "2027-03-02").queryParam("to", "2027-04-01").get(MEETINGS, project).then()
                .body("items.title", contains("Status 1"));
        asPm().queryParam("from", "2027-04-12T15:00:00+02:00").get(MEETINGS, project).then()
                .body("items.title", contains("Steering"));
        asPm().queryParam("status", "CANCELLED").get(MEETINGS, project).then()
                .body("items.title", contains("Kick-off"));
        asPm().queryParam("kind", "KICK_OFF").get(MEETINGS, project).then()
                .body("items.title", contains("Kick-off"));
        asPm().queryParam("from", "next week").get(MEETINGS, project).then()
                .statusCode(400).body("errors[0].parameter", equalTo("from"));
        asPm().queryParam("sort", "location,asc").get(MEETINGS, project).then()
                .statusCode(400).body("errors[0].parameter", equalTo("sort"));
        asPm().queryParam("kind", "PARTY").get(MEETINGS, project).then().statusCode(400);
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeySchedulesOnce() {
        UUID project = createProject(uniqueName("Idempotent meeting"));
        String key = UUID.randomUUID().toString();
        String first = asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(steering())
                .post(MEETINGS, project).then().statusCode(201).extract().path("id");
        asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(steering())
                .post(MEETINGS, project).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        asPm().get(MEETINGS, project).then().body("totalItems", equalTo(1));
    }

    @Test
    void membersWriteViewersReadAndOutsidersSeeNothing() {
        UUID project = createProject(uniqueName("Meeting roles"));
        addMember(project, "viewer", "VIEWER");
        addMember(project, "dev", "MEMBER");
        String id = scheduleMeeting(project, steering());

        as("viewer", "viewer").get(MEETINGS, project).then().statusCode(200).body("totalItems", equalTo(1));
        as("viewer", "viewer").get(MEETING, project, id).then().statusCode(200);
        long rows = meetingRows();
        long events = outboxRows();
        schedule(as("viewer", "viewer"), project, steering()).statusCode(403).contentType("application/problem+json");
        replace(as("viewer", "viewer"), project, id, "\"0\"", recorded()).statusCode(403);
        cancel(as("viewer", "viewer"), project, id, "\"0\"", "no").statusCode(403);
        assertThat(meetingRows()).isEqualTo(rows);
        assertThat(outboxRows()).isEqualTo(events);
        asPm().get(MEETING, project, id).then().body("version", equalTo(0));

        // a member writes; the dev can be invited and organise
        String devs = schedule(as("dev", "member"), project, with(with(steering(), "title", "Tech sync"),
                "organiser", Map.of("userId", TestTokens.subjectOf("pm").toString())))
                .statusCode(201).body("organiser.name", equalTo("pm")).extract().path("id");
        replace(as("dev", "member"), project, id, "\"0\"", recorded()).statusCode(200);
        cancel(as("dev", "member"), project, devs, "\"0\"", null).statusCode(200);

        for (UUID p : new UUID[]{project, UUID.randomUUID()}) {
            as("outsider", "project-manager").get(MEETINGS, p).then()
                    .statusCode(404).body("detail", equalTo("Project " + p + " was not found"));
            as("outsider", "project-manager").get(MEETING, p, id).then().statusCode(404);
            schedule(as("outsider", "project-manager"), p, steering()).statusCode(404);
            replace(as("outsider", "project-manager"), p, id, "\"1\"", steering()).statusCode(404);
            cancel(as("outsider", "project-manager"), p, id, "\"1\"", null).statusCode(404);
        }
        // a meeting of another project is not reachable through this one
        UUID foreign = createProject(uniqueName("Foreign meetings"));
        asPm().get(MEETING, foreign, id).then()
                .statusCode(404).body("detail", equalTo("Meeting " + id + " was not found"));
        as("boss", "pmo").get(MEETING, project, id).then().statusCode(200);
        schedule(as("root", "admin"), project, steering()).statusCode(201)
                .body("organiser.name", equalTo("root"));
    }

    @Test
    void meetingsOfACancelledProjectNoLongerChange() {
        UUID project = createProject(uniqueName("Cancelled project meetings"));
        String id = scheduleMeeting(project, steering());
        move(project, "CANCELLED", "Replaced by a vendor-managed service");
        schedule(asPm(), project, steering()).statusCode(409);
        replace(asPm(), project, id, "\"0\"", recorded()).statusCode(409);
        asPm().get(MEETING, project, id).then().statusCode(200).body("version", equalTo(0));
    }

    static Stream<Arguments> invalidMeetings() {
        List<Object> tooLongAgenda = new ArrayList<>(Collections.nCopies(101, Map.of("title", "Point")));
        return Stream.of(
                Arguments.of("missing title", with(steering(), "title", null), "/title"),
                Arguments.of("blank title", with(steering(), "title", " "), "/title"),
                Arguments.of("title too long", with(steering(), "title", "x".repeat(201)), "/title"),
                Arguments.of("unknown kind", with(steering(), "kind", "PARTY"), "/kind"),
                Arguments.of("missing start", with(steering(), "start", null), "/start"),
                Arguments.of("start not a date-time", with(steering(), "start", "tomorrow at ten"), "/start"),
                Arguments.of("start a number", with(steering(), "start", 20270315), "/start"),
                Arguments.of("local time without a zone", with(steering(), "timeZone", null), "/start"),
                Arguments.of("unknown zone", with(steering(), "timeZone", "Mars/Olympus"), "/timeZone"),
                Arguments.of("end before start", with(steering(), "end", "2027-03-15T09:00:00"), "/end"),
                Arguments.of("end equals start", with(steering(), "end", "2027-03-15T10:00:00"), "/end"),
                Arguments.of("longer than a week", with(steering(), "end", "2027-03-23T10:00:00"), "/end"),
                Arguments.of("link not http", with(steering(), "onlineLink", "javascript:alert(1)"), "/onlineLink"),
                Arguments.of("link with characters a URL cannot hold", with(steering(), "onlineLink",
                        "https://meet.example.com/a|b"), "/onlineLink"),
                Arguments.of("attendee without name or email", with(steering(), "attendees", List.of(Map.of())),
                        "/attendees/0/name"),
                Arguments.of("outside attendee without email", with(steering(), "attendees",
                        List.of(Map.of("name", "Dana"))), "/attendees/0/email"),
                Arguments.of("attendee email invalid", with(steering(), "attendees",
                        List.of(Map.of("name", "Dana", "email", "dana at example"))), "/attendees[0].email"),
                Arguments.of("attendee not a member", with(steering(), "attendees",
                        List.of(Map.of("userId", UUID.randomUUID().toString()))), "/attendees/0/userId"),
                Arguments.of("attendee twice", with(steering(), "attendees", List.of(
                        Map.of("name", "Dana", "email", "dana@example.com"),
                        Map.of("name", "Dana W.", "email", "DANA@example.com"))), "/attendees/1"),
                Arguments.of("unknown attendance", with(steering(), "attendees", List.of(Map.of("name", "Dana",
                        "email", "dana@example.com", "attendance", "LATE"))), "/attendees/0/attendance"),
                Arguments.of("organiser not a member", with(steering(), "organiser",
                        Map.of("userId", "someone-else")), "/organiser/userId"),
                Arguments.of("organiser without user id", with(steering(), "organiser", Map.of("name", "Boss")),
                        "/organiser/userId"),
                Arguments.of("agenda item without title", with(steering(), "agenda", List.of(Map.of(
                        "minutesAllotted", 10))), "/agenda[0].title"),
                Arguments.of("agenda item of 0 minutes", with(steering(), "agenda", List.of(Map.of(
                        "title", "Point", "minutesAllotted", 0))), "/agenda[0].minutesAllotted"),
                Arguments.of("agenda too long", with(steering(), "agenda", tooLongAgenda), "/agenda"),
                Arguments.of("decision without text", with(steering(), "decisions", List.of(Map.of(
                        "decidedBy", "Board"))), "/decisions[0].text"),
                Arguments.of("decision date not a date", with(steering(), "decisions", List.of(Map.of(
                        "text", "Yes", "decidedOn", "2027-02-30"))), "/decisions/0/decidedOn"),
                Arguments.of("unknown field", with(steering(), "catering", "coffee"), "/catering"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMeetings")
    void invalidMeetingsAreRejectedAndNothingIsWritten(String label, Map<String, Object> body, String pointer) {
        UUID project = createProject(uniqueName("Bad meeting"));
        long rows = meetingRows();
        long events = outboxRows();
        var response = schedule(asPm(), project, body).statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();
        List<String> pointers = response.getList("errors.pointer");
        assertThat(pointers).as(response.prettify()).anySatisfy(p -> assertThat(normalise(p)).isEqualTo(normalise(pointer)));
        assertThat(meetingRows()).isEqualTo(rows);
        assertThat(outboxRows()).isEqualTo(events);
    }

    /** Bean Validation and the mapper name list elements differently ([0]. or /0/); both point at the same input. */
    private static String normalise(String pointer) {
        return pointer == null ? "" : pointer.replaceAll("\\[(\\d+)]\\.?", "/$1/").replaceAll("/$", "");
    }

    @Test
    void invalidReplacementsChangeNothing() {
        UUID project = createProject(uniqueName("Bad replacement"));
        String id = scheduleMeeting(project, steering());
        long events = outboxRows();
        for (Map<String, Object> body : List.of(with(steering(), "title", null), with(steering(), "end",
                "2027-03-15T08:00:00"), with(steering(), "attendees", List.of(Map.of("userId", "nobody"))))) {
            replace(asPm(), project, id, "\"0\"", body).statusCode(400).contentType("application/problem+json");
        }
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("[]").put(MEETING, project, id).then()
                .statusCode(400);
        asPm().get(MEETING, project, id).then().body("version", equalTo(0)).body("title",
                equalTo("Steering committee #3"));
        assertThat(outboxRows()).isEqualTo(events);
        asPm().get(MEETING, project, "not-a-uuid").then().statusCode(400);
    }

    @Test
    void openApiDocumentsEveryMeetingOperationWithExamples() {
        var document = io.restassured.RestAssured.given().accept("application/json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> meetingPaths = List.of("/api/projects/{projectId}/meetings",
                "/api/projects/{projectId}/meetings/{meetingId}",
                "/api/projects/{projectId}/meetings/{meetingId}.ics",
                "/api/projects/{projectId}/meetings/{meetingId}/cancel",
                "/api/projects/{projectId}/meetings/{meetingId}/action-items",
                "/api/projects/{projectId}/meetings/{meetingId}/action-items/{actionItemId}",
                "/api/projects/{projectId}/meetings/{meetingId}/action-items/{actionItemId}/task",
                "/api/projects/{projectId}/action-items",
                "/api/projects/{projectId}/calendar.ics");
        assertThat(paths).containsKeys(meetingPaths.toArray(String[]::new));
        for (String path : meetingPaths) {
            paths.get(path).forEach((method, operation) -> {
                assertThat(operation.get("summary")).as(method + " " + path).isNotNull();
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(responses).as(method + " " + path).containsKeys("400", "401", "403", "404");
                if (operation.containsKey("requestBody")) {
                    assertThat(operation.get("requestBody").toString()).as(method + " " + path + " request example")
                            .contains("examples");
                }
            });
        }
        assertThat(document.getString("paths.'/api/projects/{projectId}/calendar.ics'.get.responses.'200'.content"
                + ".'text/calendar'.examples.feed.value")).startsWith("BEGIN:VCALENDAR");
        assertThat(document.getString("components.schemas.Task.properties.origin.description")).isNotBlank();
        assertThat(document.getString("components.schemas.MeetingRequest.properties.start.examples[0]"))
                .isEqualTo("2027-03-15T10:00:00+01:00");
    }

    @Test
    void changesArePublishedInOrder() throws Exception {
        UUID project = createProject(uniqueName("Meeting events"));
        String id = scheduleMeeting(project, steering());
        replace(asPm(), project, id, "\"0\"", recorded()).statusCode(200);
        cancel(asPm(), project, id, "\"1\"", "Moved to April").statusCode(200);

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.toString().equals(r.key()) && header(r, "ce_type").contains("meeting"),
                3, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                "dev.gantry.project.meeting-scheduled.v1",
                "dev.gantry.project.meeting-updated.v1",
                "dev.gantry.project.meeting-cancelled.v1");
        JsonNode scheduled = JSON.readTree(events.get(0).value());
        JsonNode meeting = scheduled.path("meeting");
        assertThat(meeting.path("meetingId").asText()).isEqualTo(id);
        assertThat(meeting.path("start").asText()).isEqualTo("2027-03-15T09:00:00Z");
        assertThat(meeting.path("end").asText()).isEqualTo("2027-03-15T10:30:00Z");
        assertThat(meeting.path("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(meeting.path("organiser").path("name").asText()).isEqualTo("pm");
        assertThat(meeting.path("attendees")).extracting(a -> a.path("name").asText())
                .containsExactly("pm", "Dana Whitfield");
        assertThat(meeting.path("version").asLong()).isEqualTo(0);
        JsonNode updated = JSON.readTree(events.get(1).value());
        assertThat(updated.path("changedFields")).extracting(JsonNode::asText)
                .containsExactly("attendees", "minutes", "decisions");
        assertThat(updated.path("meeting").path("attendees")).extracting(a -> a.path("attendance").asText())
                .containsExactly("ATTENDED", "ABSENT");
        assertThat(updated.path("meeting").path("version").asLong()).isEqualTo(1);
        JsonNode cancelled = JSON.readTree(events.get(2).value());
        assertThat(cancelled.path("meetingId").asText()).isEqualTo(id);
        assertThat(cancelled.path("reason").asText()).isEqualTo("Moved to April");
        assertThat(cancelled.path("version").asLong()).isEqualTo(2);
        assertThat(header(events.get(2), "ce_actor")).isEqualTo(TestTokens.subjectOf("pm").toString());
    }
}
