package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.projects.ScheduleApiTest.link;
import static dev.gantry.projects.ScheduleApiTest.task;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Schedule changes reach the broker: ScheduleChanged lists what moved, the snapshot carries the network. */
@QuarkusTest
class ScheduleEventsTest {

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

    @Test
    void scheduleChangedListsTheMovedTasksAndTheSnapshotCarriesTheNetwork() throws Exception {
        UUID project = createProject(uniqueName("Schedule events"));
        String a = task(project, Map.of("name", "Alpha", "durationMinutes", 480));
        String b = task(project, Map.of("name", "Bravo", "durationMinutes", 480));
        String c = task(project, Map.of("name", "Charlie", "durationMinutes", 480));
        link(project, a, b, "FS", null);

        List<ConsumerRecord<String, String>> changes = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.toString().equals(r.key())
                        && "dev.gantry.project.schedule-changed.v2".equals(header(r, "ce_type")), 4, Duration.ofSeconds(30));
        JsonNode linked = JSON.readTree(changes.get(3).value());
        List<String> moved = new ArrayList<>();
        linked.path("movedTasks").forEach(t -> moved.add(t.path("taskId").asText()));
        // Linking A→B moves B a day later; C keeps its dates but gains slack, so it is no longer critical. A is unchanged.
        assertThat(moved).containsExactlyInAnyOrder(b, c);
        for (JsonNode t : linked.path("movedTasks")) {
            if (t.path("taskId").asText().equals(b)) {
                assertThat(t.path("start").asText()).isEqualTo("2027-03-02T08:00:00");
                assertThat(t.path("critical").asBoolean()).isTrue();
            } else {
                assertThat(t.path("start").asText()).isEqualTo("2027-03-01T08:00:00");
                assertThat(t.path("critical").asBoolean()).isFalse();
            }
        }
        assertThat(linked.path("finish").asText()).isEqualTo("2027-03-02T17:00:00");

        // One schedule version per change: three tasks added, then the link.
        assertThat(changes).extracting(r -> JSON.readTree(r.value()).path("version").asLong())
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(linked.path("movedTaskCount").asInt()).isEqualTo(2);
        assertThat(linked.path("removedTaskCount").asInt()).isZero();
        assertThat(linked.path("complete").asBoolean()).isTrue();
        assertThat(linked.path("previousFinish").asText()).isEqualTo("2027-03-01T17:00:00");

        // The compacted topic holds one record per task and link, in the project's partition, each naming its version.
        ConsumerRecord<String, String> cRecord = kafka.awaitRecords(Topics.PROJECT_SCHEDULES,
                r -> (project + "/task/" + c).equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertThat(header(cRecord, "ce_type")).isEqualTo("dev.gantry.project.schedule-task.v2");
        assertThat(header(cRecord, "ce_subject")).isEqualTo(project.toString());
        JsonNode cTask = JSON.readTree(cRecord.value());
        assertThat(cTask.path("durationMinutes").asLong()).isEqualTo(480);
        ConsumerRecord<String, String> linkRecord = kafka.awaitRecords(Topics.PROJECT_SCHEDULES,
                r -> r.key() != null && r.key().startsWith(project + "/link/"), 1, Duration.ofSeconds(30)).get(0);
        JsonNode linkJson = JSON.readTree(linkRecord.value());
        assertThat(linkJson.path("type").asText()).isEqualTo("FS");
        assertThat(linkJson.path("predecessorId").asText()).isEqualTo(a);
        assertThat(linkJson.path("successorId").asText()).isEqualTo(b);
        List<ConsumerRecord<String, String>> versions = kafka.awaitRecords(Topics.PROJECT_SCHEDULES,
                r -> project.toString().equals(r.key()), 4, Duration.ofSeconds(30));
        assertThat(versions).allSatisfy(r -> {
            assertThat(header(r, "ce_type")).isEqualTo("dev.gantry.project.schedule-version.v2");
            assertThat(r.partition()).isEqualTo(cRecord.partition());
        });
        JsonNode version = JSON.readTree(versions.get(3).value());
        assertThat(version.path("taskCount").asInt()).isEqualTo(3);
        assertThat(version.path("linkCount").asInt()).isEqualTo(1);
        assertThat(version.path("dateSegments").asInt()).isEqualTo(1);
        // The link wrote its own record and the one dates segment of the three tasks (B and C changed).
        assertThat(version.path("changedRecords").asInt()).isEqualTo(2);

        // The computed values are in that segment, rewritten by each of the four versions: task rows as arrays.
        List<ConsumerRecord<String, String>> segments = kafka.awaitRecords(Topics.PROJECT_SCHEDULES,
                r -> (project + "/dates/0").equals(r.key()), 4, Duration.ofSeconds(30));
        assertThat(segments).allSatisfy(r -> {
            assertThat(header(r, "ce_type")).isEqualTo("dev.gantry.project.schedule-dates.v1");
            assertThat(r.partition()).isEqualTo(cRecord.partition());
        });
        JsonNode segment = JSON.readTree(segments.get(3).value());
        assertThat(segment.path("version").asLong()).isEqualTo(4);
        assertThat(segment.path("tasks")).hasSize(3);
        for (JsonNode row : segment.path("tasks")) {
            if (row.get(0).asText().equals(b)) {
                assertThat(ScheduleDates.Computed.dateTime(row.get(5).asLong()))
                        .isEqualTo(LocalDateTime.of(2027, 3, 2, 8, 0));
                assertThat(row.get(4).asBoolean()).as("critical").isTrue();
            }
        }
        assertThat(version.path("version").asLong()).isEqualTo(linked.path("version").asLong());

        // A rename moves nothing: the renamed task's record and a new version, no ScheduleChanged, no other task.
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "Charlie 2"))
                .patch("/api/projects/{p}/tasks/{t}", project, c).then().statusCode(200);
        kafka.awaitRecords(Topics.PROJECT_SCHEDULES, r -> project.toString().equals(r.key()), 5, Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> afterRename = kafka.readAll(Topics.PROJECT_SCHEDULES).stream()
                .filter(r -> r.key() != null && r.key().startsWith(project.toString())).toList();
        ConsumerRecord<String, String> last = afterRename.get(afterRename.size() - 1);
        ConsumerRecord<String, String> beforeLast = afterRename.get(afterRename.size() - 2);
        assertThat(last.key()).isEqualTo(project.toString());
        assertThat(JSON.readTree(last.value()).path("changedRecords").asInt()).isEqualTo(1);
        assertThat(beforeLast.key()).isEqualTo(project + "/task/" + c);
        assertThat(beforeLast.value()).contains("Charlie 2");
        assertThat(kafka.readAll(Topics.PROJECTS).stream().filter(r -> project.toString().equals(r.key())
                && "dev.gantry.project.schedule-changed.v2".equals(header(r, "ce_type")))).hasSize(4);
    }

    @Test
    void aLevellingDelaySetThroughTheApiMovesTheTaskAndTravelsWithItsRecord() throws Exception {
        // Monday 2027-03-01, standard calendar. Install follows Prepare and carries two calendar days of levelling delay.
        UUID project = createProject(uniqueName("Levelling delay"));
        String prepare = task(project, Map.of("name", "Prepare", "durationMinutes", 480));
        String install = task(project, Map.of("name", "Install", "durationMinutes", 480,
                "levelingDelay", Map.of("minutes", 2880)));
        link(project, prepare, install, "FS", null);
        String path = "/api/projects/{p}/tasks/{t}";
        asPm().get(path, project, install).then().statusCode(200)
                .body("levelingDelay.minutes", equalTo(2880))
                .body("levelingDelay.elapsed", equalTo(true))
                .body("splitMinutes", equalTo(0))
                .body("schedule.start", equalTo("2027-03-04T08:00:00"))
                .body("schedule.finish", equalTo("2027-03-04T17:00:00"));
        // The delay is Install's own: Prepare stays critical, without the two days as slack.
        asPm().get(path, project, prepare).then().body("schedule.critical", equalTo(true))
                .body("schedule.totalSlackMinutes", equalTo(0))
                .body("levelingDelay", nullValue());

        // The export carries it: imported back, Install has the same delay and dates.
        byte[] exported = asPm().queryParam("format", "mspdi").get("/api/projects/{p}/export", project).then()
                .statusCode(200).extract().asByteArray();
        String copy = ScheduleImportTest.importFile(exported);
        Map<String, Object> installed = asPm().get("/api/projects/{p}/tasks?size=10&sort=name,asc", copy).then()
                .statusCode(200).extract().jsonPath().getMap("items.find { it.name == 'Install' }");
        assertThat(installed).containsEntry("levelingDelay", Map.of("minutes", 2880, "elapsed", true));
        assertThat(((Map<?, ?>) installed.get("schedule")).get("start")).isEqualTo("2027-03-04T08:00:00");

        // One working day instead: Install starts on Wednesday.
        patchTask(project, install, Map.of("levelingDelay", Map.of("minutes", 480, "elapsed", false)), 200);
        asPm().get(path, project, install).then().body("schedule.start", equalTo(
                "2027-03-03T08:00:00")).body("levelingDelay.elapsed", equalTo(false));

        // Bad delays are refused and change nothing.
        String before = asPm().get(path, project, install).then().extract().header("ETag");
        patchTask(project, install, Map.of("levelingDelay", Map.of("minutes", -1)), 400);
        patchTask(project, install, Map.of("levelingDelay", Map.of("elapsed", true)), 400);
        assertThat(asPm().get(path, project, install).then().extract().header("ETag")).isEqualTo(before);

        // null clears it: Install follows Prepare directly.
        Map<String, Object> clear = new HashMap<>();
        clear.put("levelingDelay", null);
        patchTask(project, install, clear, 200);
        asPm().get(path, project, install).then().body("schedule.start", equalTo(
                "2027-03-02T08:00:00")).body("levelingDelay", nullValue());

        // Each version of Install's record carries the delay it had, so a consumer rebuilds the same dates.
        List<JsonNode> records = new ArrayList<>();
        for (ConsumerRecord<String, String> r : kafka.awaitRecords(Topics.PROJECT_SCHEDULES,
                r -> (project + "/task/" + install).equals(r.key()), 3, Duration.ofSeconds(30))) {
            records.add(JSON.readTree(r.value()));
        }
        assertThat(records).extracting(r -> r.path("levelingDelayMinutes").asLong(-1)).containsExactly(2880L, 480L,
                -1L);
        assertThat(records).extracting(r -> r.path("levelingDelayElapsed").asText("absent")).containsExactly("true",
                "false", "absent");
    }

    private static void patchTask(UUID project, String task, Map<String, Object> body, int status) {
        String etag = asPm().get("/api/projects/{p}/tasks/{t}", project, task).then().statusCode(200).extract()
                .header("ETag");
        var response = asPm().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .patch("/api/projects/{p}/tasks/{t}", project, task).then().statusCode(status);
        if (status == 400) {
            response.contentType("application/problem+json")
                    .body("errors[0].pointer", startsWith("/levelingDelay"));
        }
    }
}
