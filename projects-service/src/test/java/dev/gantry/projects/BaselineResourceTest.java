package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.gantry.projects.PmFixtures.addMember;
import static dev.gantry.projects.PmFixtures.fullCharter;
import static dev.gantry.projects.PmFixtures.move;
import static dev.gantry.projects.PmFixtures.projectEtag;
import static dev.gantry.projects.PmFixtures.putCharter;
import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.count;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.projects.ScheduleApiTest.link;
import static dev.gantry.projects.ScheduleApiTest.task;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Baselines through the API: saving, reading, deleting, variance against the current schedule, the gate, events. */
@QuarkusTest
class BaselineResourceTest {

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

    private static ValidatableResponse save(RequestSpecification as, UUID project, Object body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/projects/{p}/baselines", project).then();
    }

    private static long baselineRows(UUID project) {
        return count("select count(*) from baseline where project_id = ?", project);
    }

    private static BigDecimal dec(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    private static Map<String, Object> taskVariance(JsonPath variance, String taskId) {
        return variance.getMap("tasks.find { it.taskId == '" + taskId + "' }");
    }

    private static String taskEtag(UUID project, String task) {
        return asPm().get("/api/projects/{p}/tasks/{t}", project, task).then().statusCode(200).extract().header("ETag");
    }

    private static void patchTask(UUID project, String task, Map<String, Object> body) {
        asPm().contentType(ContentType.JSON).header("If-Match", taskEtag(project, task)).body(body)
                .patch("/api/projects/{p}/tasks/{t}", project, task).then().statusCode(200);
    }

    @Test
    void aBaselineRecordsEveryTaskAndVarianceShowsWhatSlippedByHowMuch() throws Exception {
        // Standard calendar (Mon–Fri 08:00–12:00, 13:00–17:00); the project starts Monday 2027-03-01.
        UUID project = createProject(uniqueName("Variance"));
        String build = task(project, Map.of("name", "Build"));
        String a = task(project, Map.of("name", "Design", "parentId", build, "durationMinutes", 960,
                "plannedCost", 1000));
        String b = task(project, Map.of("name", "Implement", "parentId", build, "durationMinutes", 1440,
                "plannedCost", 2500.50));
        String c = task(project, Map.of("name", "Cut-over", "durationMinutes", 480));
        String d = task(project, Map.of("name", "Old report", "durationMinutes", 480, "plannedCost", 100));
        String f = task(project, Map.of("name", "Training", "durationMinutes", 960));
        link(project, a, b, "FS", null);
        link(project, b, c, "FS", null);

        var saved = save(asPm(), project, Map.of("name", "Approved plan", "description", "Steering committee, 26 Feb"))
                .statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString("/api/projects/" + project + "/baselines/"));
        JsonPath baseline = saved.extract().jsonPath();
        String baselineId = baseline.getString("id");
        assertThat(baseline.getString("name")).isEqualTo("Approved plan");
        assertThat(baseline.getString("start")).isEqualTo("2027-03-01T08:00:00");
        assertThat(baseline.getString("finish")).isEqualTo("2027-03-08T17:00:00");
        assertThat(dec(baseline, "totalPlannedCost.amount")).isEqualByComparingTo("3600.50");
        assertThat(baseline.getString("totalPlannedCost.currency")).isEqualTo("EUR");
        assertThat(baseline.getInt("taskCount")).isEqualTo(6);
        assertThat(baseline.getList("tasks.name")).containsExactly("Build", "Design", "Implement", "Cut-over",
                "Old report", "Training");
        Map<String, Object> buildRow = baseline.getMap("tasks[0]");
        assertThat(buildRow).containsEntry("summary", true).containsEntry("wbs", "1")
                .containsEntry("start", "2027-03-01T08:00:00").containsEntry("finish", "2027-03-05T17:00:00");
        assertThat(dec(baseline, "tasks[0].plannedCost")).isEqualByComparingTo("3500.50");
        assertThat(baseline.getMap("tasks[2]")).containsEntry("wbs", "1.2").containsEntry("durationMinutes", 1440)
                .containsEntry("start", "2027-03-03T08:00:00").containsEntry("finish", "2027-03-05T17:00:00");

        // Unchanged plan: everything on track.
        JsonPath unchanged = asPm().get("/api/projects/{p}/baselines/{b}/variance", project, baselineId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(unchanged.getInt("project.onTrackTasks")).isEqualTo(5);
        assertThat(unchanged.getInt("project.slippedTasks")).isZero();
        assertThat(unchanged.getLong("project.finishVarianceMinutes")).isZero();

        // Design takes 4 days instead of 2, Implement costs more, Training is shortened to a day,
        // Old report is dropped and a new task comes in.
        patchTask(project, a, Map.of("durationMinutes", 1920));
        patchTask(project, b, Map.of("plannedCost", 3000));
        patchTask(project, f, Map.of("durationMinutes", 480));
        asPm().header("If-Match", taskEtag(project, d)).delete("/api/projects/{p}/tasks/{t}", project, d).then()
                .statusCode(204);
        String e = task(project, Map.of("name", "Hypercare", "durationMinutes", 480));

        JsonPath v = asPm().get("/api/projects/{p}/baselines/{b}/variance", project, baselineId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(v.getString("baselineName")).isEqualTo("Approved plan");
        // Design: same start, finishes Thu 4th instead of Tue 2nd: 2 working days later, 2 days longer.
        assertThat(taskVariance(v, a)).containsEntry("status", "SLIPPED").containsEntry("startVarianceMinutes", 0)
                .containsEntry("finishVarianceMinutes", 960).containsEntry("finishVarianceDays", 2)
                .containsEntry("durationVarianceMinutes", 960).containsEntry("durationVarianceDays", 2)
                .containsEntry("baselineFinish", "2027-03-02T17:00:00").containsEntry("finish", "2027-03-04T17:00:00");
        assertThat(new BigDecimal(String.valueOf(taskVariance(v, a).get("costVariance")))).isEqualByComparingTo("0");
        // Implement: pushed from Wed 3rd–Fri 5th to Fri 5th–Tue 9th (over the weekend: still 2 working days), same duration.
        assertThat(taskVariance(v, b)).containsEntry("status", "SLIPPED").containsEntry("startVarianceMinutes", 960)
                .containsEntry("finishVarianceMinutes", 960).containsEntry("durationVarianceMinutes", 0)
                .containsEntry("start", "2027-03-05T08:00:00").containsEntry("finish", "2027-03-09T17:00:00");
        assertThat(new BigDecimal(String.valueOf(taskVariance(v, b).get("costVariance")))).isEqualByComparingTo("499.50");
        assertThat(taskVariance(v, c)).containsEntry("status", "SLIPPED").containsEntry("startVarianceMinutes", 960)
                .containsEntry("finishVarianceMinutes", 960).containsEntry("finish", "2027-03-10T17:00:00");
        // Training finishes a day early.
        assertThat(taskVariance(v, f)).containsEntry("status", "AHEAD").containsEntry("finishVarianceMinutes", -480)
                .containsEntry("finishVarianceDays", -1).containsEntry("durationVarianceMinutes", -480);
        assertThat(taskVariance(v, d)).containsEntry("status", "REMOVED").containsEntry("finish", null)
                .containsEntry("baselineFinish", "2027-03-01T17:00:00");
        assertThat(new BigDecimal(String.valueOf(taskVariance(v, d).get("costVariance")))).isEqualByComparingTo("-100");
        assertThat(taskVariance(v, e)).containsEntry("status", "ADDED").containsEntry("baselineStart", null)
                .containsEntry("finishVarianceMinutes", null);
        // The summary rolls up: finishes 2 days late, costs 499.50 more.
        assertThat(taskVariance(v, build)).containsEntry("status", "SLIPPED").containsEntry("summary", true)
                .containsEntry("finishVarianceMinutes", 960);
        assertThat(new BigDecimal(String.valueOf(taskVariance(v, build).get("costVariance"))))
                .isEqualByComparingTo("499.50");

        assertThat(v.getString("project.baselineFinish")).isEqualTo("2027-03-08T17:00:00");
        assertThat(v.getString("project.finish")).isEqualTo("2027-03-10T17:00:00");
        assertThat(v.getLong("project.finishVarianceMinutes")).isEqualTo(960);
        assertThat(v.getInt("project.finishVarianceDays")).isEqualTo(2);
        assertThat(v.getLong("project.startVarianceMinutes")).isZero();
        assertThat(dec(v, "project.baselinePlannedCost.amount")).isEqualByComparingTo("3600.50");
        assertThat(dec(v, "project.plannedCost.amount")).isEqualByComparingTo("4000");
        assertThat(dec(v, "project.costVariance")).isEqualByComparingTo("399.50");
        assertThat(v.getInt("project.slippedTasks")).isEqualTo(3);
        assertThat(v.getInt("project.aheadTasks")).isEqualTo(1);
        assertThat(v.getInt("project.onTrackTasks")).isZero();
        assertThat(v.getInt("project.addedTasks")).isEqualTo(1);
        assertThat(v.getInt("project.removedTasks")).isEqualTo(1);

        // The baseline itself did not change.
        asPm().header("If-None-Match", "\"0\"").get("/api/projects/{p}/baselines/{b}", project, baselineId).then()
                .statusCode(304);
        asPm().get("/api/projects/{p}/baselines/{b}", project, baselineId).then().statusCode(200)
                .header("ETag", "\"0\"").body("tasks.name", contains("Build", "Design", "Implement", "Cut-over",
                        "Old report", "Training"));

        // BaselineSaved carries each task's baseline dates and planned cost.
        ConsumerRecord<String, String> event = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.toString().equals(r.key())
                        && "dev.gantry.project.baseline-saved.v1".equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(20)).get(0);
        assertThat(header(event, "ce_actor")).isEqualTo(dev.gantry.testing.TestTokens.subjectOf("pm").toString());
        JsonNode payload = JSON.readTree(event.value());
        assertThat(payload.path("baselineId").asText()).isEqualTo(baselineId);
        assertThat(payload.path("name").asText()).isEqualTo("Approved plan");
        assertThat(payload.path("finish").asText()).isEqualTo("2027-03-08T17:00:00");
        assertThat(payload.path("totalPlannedCost").decimalValue()).isEqualByComparingTo("3600.50");
        assertThat(payload.path("currency").asText()).isEqualTo("EUR");
        assertThat(payload.path("tasks")).hasSize(6);
        JsonNode implement = payload.path("tasks").get(2);
        assertThat(implement.path("taskId").asText()).isEqualTo(b);
        assertThat(implement.path("start").asText()).isEqualTo("2027-03-03T08:00:00");
        assertThat(implement.path("finish").asText()).isEqualTo("2027-03-05T17:00:00");
        assertThat(implement.path("plannedCost").decimalValue()).isEqualByComparingTo("2500.50");
        assertThat(payload.path("tasks").get(3).has("plannedCost")).as("Cut-over has no cost").isFalse();
    }

    @Test
    void baselinesAreListedPagedAndDeletedWithIfMatch() throws Exception {
        UUID project = createProject(uniqueName("Baseline list"));
        task(project, Map.of("name", "Survey sites", "durationMinutes", 480));
        String first = save(asPm(), project, Map.of("name", "Initial")).statusCode(201).extract().path("id");
        String second = save(asPm(), project, Map.of("name", "Re-plan")).statusCode(201).extract().path("id");

        asPm().get("/api/projects/{p}/baselines", project).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.name", contains("Re-plan", "Initial"))
                .body("items[0].tasks", nullValue());
        asPm().queryParam("sort", "name,asc").queryParam("size", 1).get("/api/projects/{p}/baselines", project)
                .then().statusCode(200).body("items.name", contains("Initial")).body("totalItems", equalTo(2))
                .body("size", equalTo(1));
        asPm().queryParam("sort", "finish,asc").get("/api/projects/{p}/baselines", project).then().statusCode(400);

        long events = outboxRows();
        asPm().delete("/api/projects/{p}/baselines/{b}", project, first).then().statusCode(428);
        asPm().header("If-Match", "\"3\"").delete("/api/projects/{p}/baselines/{b}", project, first).then()
                .statusCode(412);
        assertThat(baselineRows(project)).isEqualTo(2);
        assertThat(outboxRows()).isEqualTo(events);
        asPm().header("If-Match", "\"0\"").delete("/api/projects/{p}/baselines/{b}", project, first).then()
                .statusCode(204);
        asPm().get("/api/projects/{p}/baselines/{b}", project, first).then().statusCode(404)
                .contentType("application/problem+json");
        asPm().get("/api/projects/{p}/baselines/{b}/variance", project, first).then().statusCode(404);
        assertThat(count("select count(*) from baseline_task where baseline_id = ?", UUID.fromString(first))).isZero();
        asPm().get("/api/projects/{p}/baselines", project).then().body("items.id", contains(second));
        // the name is free again
        save(asPm(), project, Map.of("name", "initial")).statusCode(201);

        ConsumerRecord<String, String> deleted = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.toString().equals(r.key())
                        && "dev.gantry.project.baseline-deleted.v1".equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(20)).get(0);
        JsonNode payload = JSON.readTree(deleted.value());
        assertThat(payload.path("baselineId").asText()).isEqualTo(first);
        assertThat(payload.path("name").asText()).isEqualTo("Initial");
        assertThat(payload.path("projectId").asText()).isEqualTo(project.toString());
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeySavesOnce() {
        UUID project = createProject(uniqueName("Idempotent baseline"));
        task(project, Map.of("name", "Survey sites", "durationMinutes", 480));
        String key = UUID.randomUUID().toString();
        String id = save(asPm().header("Idempotency-Key", key), project, Map.of("name", "Initial")).statusCode(201)
                .extract().path("id");
        save(asPm().header("Idempotency-Key", key), project, Map.of("name", "Initial")).statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertThat(baselineRows(project)).isEqualTo(1);
    }

    @Test
    void managersSaveAndDeleteMembersReadAndOutsidersSeeNothing() {
        UUID project = createProject(uniqueName("Baseline roles"));
        task(project, Map.of("name", "Survey sites", "durationMinutes", 480));
        addMember(project, "viewer", "VIEWER");
        addMember(project, "dev", "MEMBER");
        String id = save(asPm(), project, Map.of("name", "Initial")).statusCode(201).extract().path("id");
        long events = outboxRows();

        for (String[] user : new String[][]{{"viewer", "viewer"}, {"dev", "member"}}) {
            as(user[0], user[1]).get("/api/projects/{p}/baselines", project).then().statusCode(200)
                    .body("totalItems", equalTo(1));
            as(user[0], user[1]).get("/api/projects/{p}/baselines/{b}", project, id).then().statusCode(200);
            as(user[0], user[1]).get("/api/projects/{p}/baselines/{b}/variance", project, id).then().statusCode(200);
            save(as(user[0], user[1]), project, Map.of("name", "Mine")).statusCode(403)
                    .contentType("application/problem+json");
            as(user[0], user[1]).header("If-Match", "\"0\"").delete("/api/projects/{p}/baselines/{b}", project, id)
                    .then().statusCode(403);
        }
        for (UUID p : new UUID[]{project, UUID.randomUUID()}) {
            as("outsider", "project-manager").get("/api/projects/{p}/baselines", p).then().statusCode(404)
                    .body("detail", equalTo("Project " + p + " was not found"));
            as("outsider", "project-manager").get("/api/projects/{p}/baselines/{b}", p, id).then().statusCode(404);
            as("outsider", "project-manager").get("/api/projects/{p}/baselines/{b}/variance", p, id).then()
                    .statusCode(404);
            save(as("outsider", "project-manager"), p, Map.of("name", "Mine")).statusCode(404);
            as("outsider", "project-manager").header("If-Match", "\"0\"")
                    .delete("/api/projects/{p}/baselines/{b}", p, id).then().statusCode(404);
        }
        RestAssured.given().get("/api/projects/{p}/baselines", project).then().statusCode(401);
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("name", "Anonymous"))
                .post("/api/projects/{p}/baselines", project).then().statusCode(401);
        assertThat(baselineRows(project)).isEqualTo(1);
        assertThat(outboxRows()).isEqualTo(events);

        // a baseline of another project is not reachable through this one
        UUID foreign = createProject(uniqueName("Foreign baselines"));
        asPm().get("/api/projects/{p}/baselines/{b}", foreign, id).then().statusCode(404)
                .body("detail", equalTo("Baseline " + id + " was not found"));
        save(as("boss", "pmo"), project, Map.of("name", "PMO review")).statusCode(201);
        String admins = save(as("root", "admin"), project, Map.of("name", "Audit")).statusCode(201)
                .extract().path("id");
        as("boss", "pmo").header("If-Match", "\"0\"").delete("/api/projects/{p}/baselines/{b}", project, admins)
                .then().statusCode(204);
    }

    static Stream<Arguments> invalidBaselines() {
        Map<String, Object> unknownField = new HashMap<>(Map.of("name", "Plan"));
        unknownField.put("approvedBy", "someone");
        return Stream.of(
                Arguments.of("no name", Map.of("description", "x"), "/name"),
                Arguments.of("blank name", Map.of("name", "   "), "/name"),
                Arguments.of("name too long", Map.of("name", "n".repeat(201)), "/name"),
                Arguments.of("description too long", Map.of("name", "Plan", "description", "d".repeat(2001)),
                        "/description"),
                Arguments.of("name not a string", Map.of("name", List.of("Plan")), "/name"),
                Arguments.of("unknown field", unknownField, "/approvedBy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBaselines")
    void invalidBaselinesAreRejectedAndNothingIsWritten(String label, Map<String, Object> body, String pointer) {
        UUID project = createProject(uniqueName("Bad baseline"));
        task(project, Map.of("name", "Survey sites", "durationMinutes", 480));
        long events = outboxRows();
        save(asPm(), project, body).statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer));
        assertThat(baselineRows(project)).isZero();
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void duplicateNamesAndEmptyOrClosedProjectsAreConflicts() {
        UUID empty = createProject(uniqueName("Nothing to baseline"));
        long events = outboxRows();
        save(asPm(), empty, Map.of("name", "Initial")).statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The project has no tasks to baseline"));
        assertThat(baselineRows(empty)).isZero();

        UUID project = createProject(uniqueName("Duplicate baseline"));
        task(project, Map.of("name", "Survey sites", "durationMinutes", 480));
        save(asPm(), project, Map.of("name", "Approved plan")).statusCode(201);
        events = outboxRows();
        save(asPm(), project, Map.of("name", "  APPROVED PLAN ")).statusCode(409)
                .body("detail", equalTo("The project already has a baseline named 'APPROVED PLAN'"));
        assertThat(baselineRows(project)).isEqualTo(1);
        assertThat(outboxRows()).isEqualTo(events);

        move(project, "CANCELLED", "Merged into another programme");
        save(asPm(), project, Map.of("name", "After the end")).statusCode(409);
        assertThat(baselineRows(project)).isEqualTo(1);
    }

    @Test
    void plannedCostIsValidatedReturnedAndClearable() throws Exception {
        UUID project = createProject(uniqueName("Planned cost"));
        long rows = count("select count(*) from schedule_task where project_id = ?", project);
        for (Object bad : new Object[]{-1, 12.345, "a lot", 1e13}) {
            asPm().contentType(ContentType.JSON).body(Map.of("name", "Costly", "plannedCost", bad))
                    .post("/api/projects/{p}/tasks", project).then().statusCode(400)
                    .body("errors.pointer", hasItem("/plannedCost"));
        }
        assertThat(count("select count(*) from schedule_task where project_id = ?", project)).isEqualTo(rows);
        String t = task(project, Map.of("name", "Costly", "durationMinutes", 480, "plannedCost", 1234.56));
        asPm().get("/api/projects/{p}/tasks/{t}", project, t).then().body("plannedCost", equalTo(1234.56f));
        ConsumerRecord<String, String> record = kafka.awaitRecords(Topics.PROJECT_SCHEDULES,
                r -> (project + "/task/" + t).equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
        JsonNode scheduledTask = JSON.readTree(record.value());
        assertThat(scheduledTask.path("taskId").asText()).isEqualTo(t);
        assertThat(scheduledTask.path("plannedCost").decimalValue()).isEqualByComparingTo("1234.56");
        asPm().contentType(ContentType.JSON).header("If-Match", taskEtag(project, t)).body(Map.of("plannedCost", 0.005))
                .patch("/api/projects/{p}/tasks/{t}", project, t).then().statusCode(400)
                .body("errors.pointer", hasItem("/plannedCost"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("plannedCost", null);
        asPm().contentType(ContentType.JSON).header("If-Match", taskEtag(project, t)).body(clear)
                .patch("/api/projects/{p}/tasks/{t}", project, t).then().statusCode(200)
                .body("plannedCost", nullValue()).body("version", equalTo(1));
    }

    @Test
    void theExecutingGateNeedsASavedBaseline() {
        UUID project = createProject(uniqueName("Baseline gate"));
        putCharter(project, fullCharter());
        move(project, "PLANNING", null);
        task(project, Map.of("name", "Survey sites", "durationMinutes", 480));

        asPm().contentType(ContentType.JSON).header("If-Match", projectEtag(project))
                .body(Map.of("to", "EXECUTING")).post("/api/projects/{p}/transitions", project).then()
                .statusCode(409).body("reasons", contains("Gate criterion not met: the project has a saved baseline"));
        asPm().get("/api/projects/{p}/gates", project).then()
                .body("next[0].criteria.find { it.code == 'BASELINE' }.met", equalTo(false));

        String id = save(asPm(), project, Map.of("name", "Approved plan")).statusCode(201).extract().path("id");
        asPm().get("/api/projects/{p}/gates", project).then()
                .body("next[0].criteria.find { it.code == 'BASELINE' }.met", equalTo(true))
                .body("next[0].allowed", equalTo(true));
        // deleting the only baseline closes the gate again
        asPm().header("If-Match", "\"0\"").delete("/api/projects/{p}/baselines/{b}", project, id).then().statusCode(204);
        asPm().get("/api/projects/{p}/gates", project).then().body("next[0].allowed", equalTo(false));

        save(asPm(), project, Map.of("name", "Approved plan v2")).statusCode(201);
        asPm().contentType(ContentType.JSON).header("If-Match", projectEtag(project))
                .body(Map.of("to", "EXECUTING")).post("/api/projects/{p}/transitions", project).then()
                .statusCode(200).body("to", equalTo("EXECUTING"));
    }
}
