package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.gantry.projects.MeetingFixtures.ITEM;
import static dev.gantry.projects.MeetingFixtures.ITEMS;
import static dev.gantry.projects.MeetingFixtures.actionItemRows;
import static dev.gantry.projects.MeetingFixtures.addActionItem;
import static dev.gantry.projects.MeetingFixtures.addItem;
import static dev.gantry.projects.MeetingFixtures.cancel;
import static dev.gantry.projects.MeetingFixtures.convert;
import static dev.gantry.projects.MeetingFixtures.item;
import static dev.gantry.projects.MeetingFixtures.scheduleMeeting;
import static dev.gantry.projects.MeetingFixtures.steering;
import static dev.gantry.projects.MeetingFixtures.taskRows;
import static dev.gantry.projects.MeetingFixtures.with;
import static dev.gantry.projects.PmFixtures.addMember;
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
class ActionItemTaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASK = "/api/projects/{p}/tasks/{t}";
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

    private static UUID projectWithDev(String name) {
        UUID project = createProject(uniqueName(name));
        addMember(project, "dev", "MEMBER");
        return project;
    }

    private static ExtractableResponse<Response> convertOk(UUID project, String meeting, String item, Object body) {
        return convert(asPm(), project, meeting, item, body).statusCode(201).extract();
    }

    @Test
    void addReadReplaceAndListActionItems() {
        UUID project = projectWithDev("Action items");
        String meeting = scheduleMeeting(project, steering());
        String dev = TestTokens.subjectOf("dev").toString();
        var created = addItem(asPm(), project, meeting, item("dev", "2027-03-29"))
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("meetingId", equalTo(meeting))
                .body("description", equalTo("Order the replacement switches for the northern branches"))
                .body("owner.userId", equalTo(dev))
                .body("owner.name", equalTo("dev"))
                .body("dueDate", equalTo("2027-03-29"))
                .body("status", equalTo("OPEN"))
                .body("taskId", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"))
                .endsWith("/api/projects/" + project + "/meetings/" + meeting + "/action-items/" + id);
        String vendor = addActionItem(project, meeting, Map.of("description", "Send the signed contract",
                "owner", Map.of("name", "Vendor B account manager", "email", "sales@vendor-b.example"),
                "dueDate", "2027-03-15"));

        asPm().get(ITEM, project, meeting, id).then().statusCode(200).header("ETag", "\"0\"");
        asPm().header("If-None-Match", "\"0\"").get(ITEM, project, meeting, id).then().statusCode(304);

        var done = with(item("dev", "2027-03-29"), "status", "DONE");
        asPm().contentType(ContentType.JSON).body(done).put(ITEM, project, meeting, id).then().statusCode(428);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(done).put(ITEM, project, meeting, id)
                .then().statusCode(412);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(item("dev", "2027-03-29"))
                .put(ITEM, project, meeting, id).then().statusCode(400).body("errors[0].pointer", equalTo("/status"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(done).put(ITEM, project, meeting, id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("DONE"));

        asPm().get(ITEMS, project, meeting).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains(vendor, id));
        asPm().queryParam("status", "OPEN").get("/api/projects/{p}/action-items", project).then()
                .body("items.id", contains(vendor));
        asPm().queryParam("ownerId", dev).get("/api/projects/{p}/action-items", project).then()
                .body("items.id", contains(id));
        asPm().queryParam("dueBefore", "2027-03-20").get("/api/projects/{p}/action-items", project).then()
                .body("items.id", contains(vendor));
        asPm().queryParam("sort", "dueDate,desc").get("/api/projects/{p}/action-items", project).then()
                .body("items.id", contains(id, vendor));
        asPm().queryParam("sort", "owner,asc").get("/api/projects/{p}/action-items", project).then()
                .statusCode(400);
    }

    @Test
    void anActionItemBecomesATaskAndBothNameEachOther() throws Exception {
        UUID project = projectWithDev("Action item to task");
        String meeting = scheduleMeeting(project, steering());
        String id = addActionItem(project, meeting, item("dev", "2027-03-29"));

        var converted = convertOk(project, meeting, id, Map.of("durationMinutes", 960));
        String taskId = converted.path("id");
        assertThat(taskId).isNotNull();
        assertThat(converted.header("Location")).endsWith("/api/projects/" + project + "/tasks/" + taskId);
        assertThat(converted.header("ETag")).isEqualTo("\"0\"");
        assertThat((String) converted.path("origin.actionItemId")).isEqualTo(id);
        assertThat((String) converted.path("deadline")).isEqualTo("2027-03-29T17:00:00");

        asPm().get(TASK, project, taskId).then().statusCode(200)
                .body("name", equalTo("Order the replacement switches for the northern branches"))
                .body("durationMinutes", equalTo(960))
                .body("deadline", equalTo("2027-03-29T17:00:00"))
                .body("origin.actionItemId", equalTo(id))
                .body("origin.meetingId", equalTo(meeting))
                .body("schedule.start", equalTo("2027-03-01T08:00:00"))
                .body("version", equalTo(0));
        asPm().get(ITEM, project, meeting, id).then().header("ETag", "\"1\"")
                .body("taskId", equalTo(taskId)).body("convertedAt", notNullValue());

        // converting twice is refused and creates nothing
        long tasks = taskRows();
        convert(asPm(), project, meeting, id, Map.of()).statusCode(409).contentType("application/problem+json");
        assertThat(taskRows()).isEqualTo(tasks);

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.toString().equals(r.key()) && (header(r, "ce_type").contains("action-item")
                        || header(r, "ce_type").contains("schedule-changed")),
                3, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                "dev.gantry.project.action-item-added.v1",
                "dev.gantry.project.schedule-changed.v2",
                "dev.gantry.project.action-item-converted-to-task.v1");
        JsonNode added = JSON.readTree(events.get(0).value()).path("actionItem");
        assertThat(added.path("owner").path("name").asText()).isEqualTo("dev");
        assertThat(added.path("dueDate").asText()).isEqualTo("2027-03-29");
        JsonNode moved = JSON.readTree(events.get(1).value()).path("movedTasks");
        assertThat(moved).extracting(t -> t.path("taskId").asText()).contains(taskId);
        JsonNode convertedEvent = JSON.readTree(events.get(2).value());
        assertThat(convertedEvent.path("actionItemId").asText()).isEqualTo(id);
        assertThat(convertedEvent.path("meetingId").asText()).isEqualTo(meeting);
        assertThat(convertedEvent.path("taskId").asText()).isEqualTo(taskId);
    }

    @Test
    void aTaskCanGoUnderASummaryTaskAndLongDescriptionsAreShortened() {
        UUID project = projectWithDev("Task placement");
        String meeting = scheduleMeeting(project, steering());
        String phase = asPm().contentType(ContentType.JSON).body(Map.of("name", "Follow-ups"))
                .post("/api/projects/{p}/tasks", project).then().statusCode(201).extract().path("id");
        String child = asPm().contentType(ContentType.JSON).body(Map.of("name", "Existing", "parentId", phase))
                .post("/api/projects/{p}/tasks", project).then().statusCode(201).extract().path("id");
        String id = addActionItem(project, meeting, with(item("dev", "2027-04-01"), "description",
                "Check   the\nuplinks " + "x".repeat(975)));
        String taskId = convertOk(project, meeting, id, Map.of("parentId", phase)).path("id");
        asPm().get(TASK, project, taskId).then()
                .body("parentId", equalTo(phase))
                .body("durationMinutes", equalTo(480))
                .body("name.length()", equalTo(500));
        String name = asPm().get(TASK, project, taskId).then().extract().path("name");
        assertThat(name).startsWith("Check the uplinks xxx").endsWith("…");
        assertThat(child).isNotEqualTo(taskId);
    }

    @Test
    void aRetriedConversionWithTheSameIdempotencyKeyCreatesOneTask() {
        UUID project = projectWithDev("Idempotent conversion");
        String meeting = scheduleMeeting(project, steering());
        String id = addActionItem(project, meeting, item("dev", "2027-03-29"));
        String key = UUID.randomUUID().toString();
        long tasks = taskRows();
        String first = asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of())
                .post(ITEM + "/task", project, meeting, id).then().statusCode(201).extract().path("id");
        asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of())
                .post(ITEM + "/task", project, meeting, id).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(taskRows()).isEqualTo(tasks + 1);
    }

    @Test
    void deletingTheTaskClearsTheLinkOnTheActionItem() {
        UUID project = projectWithDev("Task deleted");
        String meeting = scheduleMeeting(project, steering());
        String id = addActionItem(project, meeting, item("dev", "2027-03-29"));
        String taskId = convertOk(project, meeting, id, null).path("id");
        String itemEtag = asPm().get(ITEM, project, meeting, id).then().extract().header("ETag");

        String taskEtag = asPm().get(TASK, project, taskId).then().extract().header("ETag");
        asPm().header("If-Match", taskEtag).delete(TASK, project, taskId).then().statusCode(204);

        var item = asPm().get(ITEM, project, meeting, id).then().statusCode(200)
                .body("taskId", nullValue())
                .body("convertedAt", notNullValue())
                .extract();
        // the link's disappearance is a new version of the item, so cached copies notice
        assertThat(item.header("ETag")).isNotEqualTo(itemEtag);
        asPm().header("If-None-Match", itemEtag).get(ITEM, project, meeting, id).then().statusCode(200);

        // with its task gone the item can become a task again
        String again = convertOk(project, meeting, id, null).path("id");
        assertThat(again).isNotEqualTo(taskId);
        asPm().get(TASK, project, again).then().body("origin.actionItemId", equalTo(id));
    }

    @Test
    void onlyOpenItemsOfOpenMeetingsChange() {
        UUID project = projectWithDev("Item states");
        String meeting = scheduleMeeting(project, steering());
        String done = addActionItem(project, meeting, with(item("dev", "2027-03-29"), "status", "DONE"));
        long tasks = taskRows();
        convert(asPm(), project, meeting, done, null).statusCode(409).contentType("application/problem+json");
        assertThat(taskRows()).isEqualTo(tasks);

        cancel(asPm(), project, meeting, "\"0\"", "Moved").statusCode(200);
        long rows = actionItemRows();
        addItem(asPm(), project, meeting, item("dev", "2027-03-29")).statusCode(409);
        assertThat(actionItemRows()).isEqualTo(rows);
    }

    @Test
    void membersWriteViewersReadAndOutsidersSeeNothing() {
        UUID project = projectWithDev("Item roles");
        addMember(project, "viewer", "VIEWER");
        String meeting = scheduleMeeting(project, steering());
        String id = addActionItem(project, meeting, item("dev", "2027-03-29"));

        as("viewer", "viewer").get(ITEMS, project, meeting).then().statusCode(200).body("totalItems", equalTo(1));
        as("viewer", "viewer").get(ITEM, project, meeting, id).then().statusCode(200);
        as("viewer", "viewer").get("/api/projects/{p}/action-items", project).then().statusCode(200);
        long rows = actionItemRows();
        long tasks = taskRows();
        long events = outboxRows();
        addItem(as("viewer", "viewer"), project, meeting, item("dev", "2027-03-29")).statusCode(403);
        as("viewer", "viewer").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(item("dev", "2027-03-29"), "status", "DONE")).put(ITEM, project, meeting, id).then()
                .statusCode(403);
        convert(as("viewer", "viewer"), project, meeting, id, null).statusCode(403);
        assertThat(actionItemRows()).isEqualTo(rows);
        assertThat(taskRows()).isEqualTo(tasks);
        assertThat(outboxRows()).isEqualTo(events);

        for (UUID p : new UUID[]{project, UUID.randomUUID()}) {
            as("outsider", "project-manager").get(ITEMS, p, meeting).then().statusCode(404);
            as("outsider", "project-manager").get(ITEM, p, meeting, id).then().statusCode(404);
            as("outsider", "project-manager").get("/api/projects/{p}/action-items", p).then().statusCode(404);
            addItem(as("outsider", "project-manager"), p, meeting, item("dev", "2027-03-29")).statusCode(404);
            convert(as("outsider", "project-manager"), p, meeting, id, null).statusCode(404);
        }
        // an item is reached only through its own project and meeting
        String otherMeeting = scheduleMeeting(project, steering());
        asPm().get(ITEM, project, otherMeeting, id).then().statusCode(404)
                .body("detail", equalTo("Action item " + id + " was not found"));

        String task = convert(as("dev", "member"), project, meeting, id, null).statusCode(201).extract().path("id");
        as("viewer", "viewer").get(TASK, project, task).then().statusCode(200)
                .body("origin.actionItemId", equalTo(id));
    }

    @Test
    void aFormerMemberStaysOnTheItemsAndMeetingsThatAlreadyNameThem() {
        UUID project = projectWithDev("Former member");
        String dev = TestTokens.subjectOf("dev").toString();
        String meeting = scheduleMeeting(project, with(steering(), "attendees", List.of(Map.of("userId", dev))));
        String id = addActionItem(project, meeting, item("dev", "2027-03-29"));
        asPm().delete("/api/projects/{p}/members/{u}", project, dev).then().statusCode(204);

        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(item("dev", "2027-03-29"), "status", "DONE")).put(ITEM, project, meeting, id).then()
                .statusCode(200).body("owner.name", equalTo("dev")).body("status", equalTo("DONE"));
        MeetingFixtures.replace(asPm(), project, meeting, "\"0\"", with(with(steering(), "attendees",
                        List.of(Map.of("userId", dev, "attendance", "ATTENDED"))), "minutes", Map.of("text", "Done.")))
                .statusCode(200).body("attendees[0].name", equalTo("dev"));
        // but nothing new is given to them
        addItem(asPm(), project, meeting, item("dev", "2027-03-29")).statusCode(400)
                .body("errors.pointer", hasItem("/owner/userId"));
    }

    static Stream<Arguments> invalidItems() {
        return Stream.of(
                Arguments.of("missing description", with(item("dev", "2027-03-29"), "description", null), "/description"),
                Arguments.of("blank description", with(item("dev", "2027-03-29"), "description", "  "), "/description"),
                Arguments.of("description too long", with(item("dev", "2027-03-29"), "description", "x".repeat(1001)),
                        "/description"),
                Arguments.of("missing owner", with(item("dev", "2027-03-29"), "owner", null), "/owner"),
                Arguments.of("owner not a member", with(item("dev", "2027-03-29"), "owner",
                        Map.of("userId", UUID.randomUUID().toString())), "/owner/userId"),
                Arguments.of("outside owner without email", with(item("dev", "2027-03-29"), "owner",
                        Map.of("name", "Vendor")), "/owner/email"),
                Arguments.of("missing due date", with(item("dev", "2027-03-29"), "dueDate", null), "/dueDate"),
                Arguments.of("due date not a date", with(item("dev", "2027-03-29"), "dueDate", "end of March"), "/dueDate"),
                Arguments.of("due before the meeting", item("dev", "2027-03-14"), "/dueDate"),
                Arguments.of("unknown status", with(item("dev", "2027-03-29"), "status", "MAYBE"), "/status"),
                Arguments.of("unknown field", with(item("dev", "2027-03-29"), "priority", "HIGH"), "/priority"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidItems")
    void invalidItemsAreRejectedAndNothingIsWritten(String label, Map<String, Object> body, String pointer) {
        UUID project = projectWithDev("Bad item");
        String meeting = scheduleMeeting(project, steering());
        long rows = actionItemRows();
        long events = outboxRows();
        addItem(asPm(), project, meeting, body).statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer));
        assertThat(actionItemRows()).isEqualTo(rows);
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void invalidConversionsCreateNoTask() {
        UUID project = projectWithDev("Bad conversion");
        String meeting = scheduleMeeting(project, steering());
        String id = addActionItem(project, meeting, item("dev", "2027-03-29"));
        long tasks = taskRows();
        long events = outboxRows();
        convert(asPm(), project, meeting, id, Map.of("parentId", UUID.randomUUID().toString())).statusCode(400)
                .body("errors.pointer", hasItem("/parentId"));
        convert(asPm(), project, meeting, id, Map.of("durationMinutes", -5)).statusCode(400)
                .body("errors.pointer", hasItem("/durationMinutes"));
        convert(asPm(), project, meeting, id, Map.of("durationMinutes", "long")).statusCode(400);
        convert(asPm(), project, meeting, id, Map.of("name", "Other")).statusCode(400);
        convert(asPm(), project, meeting, UUID.randomUUID().toString(), null).statusCode(404);
        assertThat(taskRows()).isEqualTo(tasks);
        assertThat(outboxRows()).isEqualTo(events);
        asPm().get(ITEM, project, meeting, id).then().body("taskId", nullValue()).body("version", equalTo(0));
    }

    @Test
    void itemChangesArePublishedWithOwnerAndDueDate() throws Exception {
        UUID project = projectWithDev("Item events");
        String meeting = scheduleMeeting(project, steering());
        String id = addActionItem(project, meeting, item("dev", "2027-03-29"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(with(item("dev", "2027-04-02"), "status", "DONE"), "owner",
                        Map.of("userId", TestTokens.subjectOf("pm").toString())))
                .put(ITEM, project, meeting, id).then().statusCode(200);

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.toString().equals(r.key()) && header(r, "ce_type").contains("action-item"),
                2, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                "dev.gantry.project.action-item-added.v1", "dev.gantry.project.action-item-updated.v1");
        JsonNode updated = JSON.readTree(events.get(1).value());
        assertThat(updated.path("changedFields")).extracting(JsonNode::asText)
                .containsExactly("owner", "dueDate", "status");
        JsonNode entry = updated.path("actionItem");
        assertThat(entry.path("actionItemId").asText()).isEqualTo(id);
        assertThat(entry.path("meetingId").asText()).isEqualTo(meeting);
        assertThat(entry.path("owner").path("userId").asText()).isEqualTo(TestTokens.subjectOf("pm").toString());
        assertThat(entry.path("owner").path("name").asText()).isEqualTo("pm");
        assertThat(entry.path("dueDate").asText()).isEqualTo("2027-04-02");
        assertThat(entry.path("status").asText()).isEqualTo("DONE");
        assertThat(entry.path("version").asLong()).isEqualTo(1);
    }
}
