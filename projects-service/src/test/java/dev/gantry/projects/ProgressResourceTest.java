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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.PmFixtures.addMember;
import static dev.gantry.projects.PmFixtures.move;
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

/** The status date, bulk progress reports and the progress summary through the API, and their events. */
@QuarkusTest
class ProgressResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROGRESS_REPORTED = "dev.gantry.project.task-progress-reported.v1";
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

    /** A network on the standard calendar from Monday 2027-03-01, and its task ids. */
    private record Plan(UUID project, String design, String build, String golive, String docs) {
    }

    /**
     * Design (2 days) → Build (3 days) → Go-live (milestone); Docs (1 day) on its own. Design Mon 1st–Tue 2nd,
     * Build Wed 3rd–Fri 5th, Go-live Fri 5th 17:00, Docs Mon 1st.
     */
    private static Plan plan(String name) {
        UUID project = createProject(uniqueName(name));
        String design = task(project, Map.of("name", "Design", "durationMinutes", 960));
        String build = task(project, Map.of("name", "Build", "durationMinutes", 1440));
        String golive = task(project, Map.of("name", "Go-live", "durationMinutes", 0, "milestone", true));
        String docs = task(project, Map.of("name", "Docs", "durationMinutes", 480));
        link(project, design, build, "FS", null);
        link(project, build, golive, "FS", null);
        return new Plan(project, design, build, golive, docs);
    }

    private static ValidatableResponse report(RequestSpecification as, UUID project, Object body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/projects/{p}/progress", project).then();
    }

    private static ValidatableResponse statusDate(RequestSpecification as, UUID project, String ifMatch, Object date) {
        Map<String, Object> body = new HashMap<>();
        body.put("statusDate", date);
        if (ifMatch != null) {
            as.header("If-Match", ifMatch);
        }
        return as.contentType(ContentType.JSON).body(body).put("/api/projects/{p}/progress/status-date", project).then();
    }

    private static String progressEtag(UUID project) {
        return asPm().get("/api/projects/{p}/progress", project).then().statusCode(200).extract().header("ETag");
    }

    private static long taskVersion(UUID project, String task) {
        return asPm().get("/api/projects/{p}/tasks/{t}", project, task).then().statusCode(200).extract()
                .jsonPath().getLong("version");
    }

    private static Map<String, Object> update(String taskId, Object... fields) {
        Map<String, Object> update = new HashMap<>();
        update.put("taskId", taskId);
        for (int i = 0; i < fields.length; i += 2) {
            update.put((String) fields[i], fields[i + 1]);
        }
        return update;
    }

    private static long events(UUID project, String type) {
        return count("select count(*) from outbox where message_key = ? and event_type = ?", project.toString(), type);
    }

    private static long progressRows(UUID project) {
        return count("select count(*) from schedule_task where project_id = ? and (percent_complete > 0"
                + " or actual_start is not null or actual_finish is not null)", project);
    }

    @Test
    void progressIsReportedInBulkAndSummarisedAsOfTheStatusDate() throws Exception {
        Plan p = plan("Progress");
        JsonPath fresh = asPm().get("/api/projects/{p}/progress", p.project()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(fresh.getString("statusDate")).isNull();
        assertThat(fresh.getInt("percentComplete")).isZero();
        assertThat(fresh.getMap("tasks")).containsEntry("total", 4).containsEntry("notStarted", 4)
                .containsEntry("inProgress", 0).containsEntry("complete", 0);
        assertThat(fresh.getInt("milestones.total")).isEqualTo(1);
        assertThat(fresh.getInt("milestones.reached")).isZero();

        // Status date Wednesday evening: Design and Docs should be done by then.
        statusDate(asPm(), p.project(), progressEtag(p.project()), "2027-03-03T17:00:00").statusCode(200)
                .body("statusDate", equalTo("2027-03-03T17:00:00"))
                .body("asOf", equalTo("2027-03-03T17:00:00"))
                .body("lateTasks.name", contains("Design", "Docs"))
                .body("lateTasks[0].finish", equalTo("2027-03-02T17:00:00"));

        long docsVersion = taskVersion(p.project(), p.docs());
        long snapshots = events(p.project(), "dev.gantry.project.schedule-version.v2");
        JsonPath reported = report(asPm(), p.project(), Map.of("updates", List.of(
                update(p.design(), "actualStart", "2027-03-01T08:00:00", "actualFinish", "2027-03-02T17:00:00"),
                update(p.docs(), "percentComplete", 50, "version", docsVersion))))
                .statusCode(200).extract().jsonPath();
        assertThat(events(p.project(), "dev.gantry.project.schedule-version.v2")).as("one recomputation")
                .isEqualTo(snapshots + 1);
        // An actual finish means 100%; progress without an actual start started at the scheduled start (MS Project).
        assertThat(reported.getMap("tasks[0]")).containsEntry("taskId", p.design()).containsEntry("percentComplete", 100)
                .containsEntry("actualFinish", "2027-03-02T17:00:00");
        assertThat(reported.getMap("tasks[1]")).containsEntry("taskId", p.docs()).containsEntry("percentComplete", 50)
                .containsEntry("actualStart", "2027-03-01T08:00:00").containsEntry("actualFinish", null)
                .containsEntry("finish", "2027-03-01T17:00:00");
        // Newer is the property: a version is a concurrency token, not a count of writes (this report makes two).
        // The ETag below must name exactly the version reported.
        assertThat(reported.getLong("tasks[1].version")).isGreaterThan(docsVersion);
        asPm().get("/api/projects/{p}/tasks/{t}", p.project(), p.docs()).then()
                .header("ETag", "\"" + reported.getLong("tasks[1].version") + "\"")
                .body("progress.actualStart", equalTo("2027-03-01T08:00:00"));

        // (100 × 960 + 0 × 1440 + 0 × 0 + 50 × 480) / 2880 = 41.666… → 41.67
        JsonPath summary = asPm().get("/api/projects/{p}/progress", p.project()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(new BigDecimal(summary.getString("percentComplete"))).isEqualByComparingTo("41.67");
        assertThat(summary.getMap("tasks")).containsEntry("total", 4).containsEntry("notStarted", 2)
                .containsEntry("inProgress", 1).containsEntry("complete", 1);
        assertThat(summary.getList("lateTasks.name")).containsExactly("Docs");

        // Completing the milestone derives its actual dates from the schedule; it is reached.
        report(asPm(), p.project(), Map.of("updates", List.of(update(p.golive(), "percentComplete", 100))))
                .statusCode(200)
                .body("tasks[0].actualStart", equalTo("2027-03-05T17:00:00"))
                .body("tasks[0].actualFinish", equalTo("2027-03-05T17:00:00"));
        asPm().get("/api/projects/{p}/progress", p.project()).then()
                .body("milestones.reached", equalTo(1))
                .body("milestones.items[0].reached", equalTo(true))
                .body("milestones.items[0].actualFinish", equalTo("2027-03-05T17:00:00"))
                .body("tasks.complete", equalTo(2));

        // Events: the status date (no progress yet), the batch of two, the milestone.
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(Topics.PROJECTS,
                r -> p.project().toString().equals(r.key()) && PROGRESS_REPORTED.equals(header(r, "ce_type")),
                3, Duration.ofSeconds(20));
        JsonNode first = JSON.readTree(records.get(0).value());
        assertThat(first.path("statusDate").asText()).isEqualTo("2027-03-03T17:00:00");
        assertThat(first.path("tasks")).isEmpty();
        JsonNode batch = JSON.readTree(records.get(1).value());
        assertThat(batch.path("statusDate").asText()).isEqualTo("2027-03-03T17:00:00");
        assertThat(batch.path("tasks")).hasSize(2);
        JsonNode design = batch.path("tasks").get(0);
        assertThat(design.path("taskId").asText()).isEqualTo(p.design());
        assertThat(design.path("percentComplete").decimalValue()).isEqualByComparingTo("100");
        assertThat(design.path("actualStart").asText()).isEqualTo("2027-03-01T08:00:00");
        assertThat(design.path("actualFinish").asText()).isEqualTo("2027-03-02T17:00:00");
        assertThat(design.path("durationMinutes").asLong()).isEqualTo(960);
        JsonNode docs = batch.path("tasks").get(1);
        assertThat(docs.path("percentComplete").decimalValue()).isEqualByComparingTo("50");
        assertThat(docs.path("actualStart").asText()).isEqualTo("2027-03-01T08:00:00");
        assertThat(docs.has("actualFinish")).isFalse();
        assertThat(header(records.get(1), "ce_actor")).isEqualTo(dev.gantry.testing.TestTokens.subjectOf("pm").toString());
        JsonNode milestone = JSON.readTree(records.get(2).value());
        assertThat(milestone.path("tasks").get(0).path("name").asText()).isEqualTo("Go-live");
    }

    @Test
    void patchingATaskFollowsTheSameProgressRulesAndReportsIt() throws Exception {
        Plan p = plan("Patch progress");
        String etag = asPm().get("/api/projects/{p}/tasks/{t}", p.project(), p.build()).then().extract().header("ETag");
        asPm().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("progress", Map.of("actualStart", "2027-03-03T08:00:00",
                        "actualFinish", "2027-03-05T17:00:00", "percentComplete", 60)))
                .patch("/api/projects/{p}/tasks/{t}", p.project(), p.build()).then().statusCode(400)
                .body("errors.pointer", hasItem("/progress/percentComplete"));
        asPm().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("progress", Map.of("percentComplete", 100, "remainingMinutes", 60)))
                .patch("/api/projects/{p}/tasks/{t}", p.project(), p.build()).then().statusCode(400)
                .body("errors.pointer", hasItem("/progress/remainingMinutes"));
        assertThat(progressRows(p.project())).isZero();

        // 100% without actual dates: both come from the schedule.
        asPm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("progress", Map.of("percentComplete", 100)))
                .patch("/api/projects/{p}/tasks/{t}", p.project(), p.build()).then().statusCode(200)
                .body("progress.actualStart", equalTo("2027-03-03T08:00:00"))
                .body("progress.actualFinish", equalTo("2027-03-05T17:00:00"))
                .body("progress.percentComplete", equalTo(100));
        ConsumerRecord<String, String> event = kafka.awaitRecords(Topics.PROJECTS,
                r -> p.project().toString().equals(r.key()) && PROGRESS_REPORTED.equals(header(r, "ce_type")),
                1, Duration.ofSeconds(20)).get(0);
        JsonNode payload = JSON.readTree(event.value());
        assertThat(payload.path("statusDate").isNull()).as("no status date set").isTrue();
        assertThat(payload.path("tasks").get(0).path("taskId").asText()).isEqualTo(p.build());
        assertThat(payload.path("tasks").get(0).path("actualFinish").asText()).isEqualTo("2027-03-05T17:00:00");
    }

    @Test
    void theStatusDateNeedsTheCurrentETagAndCanBeCleared() {
        Plan p = plan("Status date");
        String etag = progressEtag(p.project());
        long outbox = outboxRows();
        statusDate(asPm(), p.project(), null, "2027-03-03T17:00:00").statusCode(428);
        statusDate(asPm(), p.project(), "\"999\"", "2027-03-03T17:00:00").statusCode(412);
        statusDate(asPm(), p.project(), etag, "2027-02-01T17:00:00").statusCode(400)
                .body("errors.pointer", hasItem("/statusDate"));
        statusDate(asPm(), p.project(), etag, "next Tuesday").statusCode(400)
                .body("errors.pointer", hasItem("/statusDate"));
        asPm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of())
                .put("/api/projects/{p}/progress/status-date", p.project()).then().statusCode(400)
                .body("errors.pointer", hasItem("/statusDate"));
        asPm().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("statusDate", "2027-03-03T17:00:00", "timezone", "UTC"))
                .put("/api/projects/{p}/progress/status-date", p.project()).then().statusCode(400);
        assertThat(count("select count(*) from project_schedule where project_id = ? and status_date is not null",
                p.project())).isZero();
        assertThat(progressEtag(p.project())).isEqualTo(etag);
        assertThat(outboxRows()).isEqualTo(outbox);

        long snapshots = events(p.project(), "dev.gantry.project.schedule-version.v2");
        String after = statusDate(asPm(), p.project(), etag, "2027-03-03T17:00:00").statusCode(200)
                .extract().header("ETag");
        assertThat(after).isNotEqualTo(etag);
        assertThat(events(p.project(), "dev.gantry.project.schedule-version.v2")).as("recomputed once")
                .isEqualTo(snapshots + 1);
        assertThat(events(p.project(), PROGRESS_REPORTED)).isEqualTo(1);
        statusDate(asPm(), p.project(), etag, null).statusCode(412);
        statusDate(asPm(), p.project(), after, null).statusCode(200).body("statusDate", nullValue());
        assertThat(count("select count(*) from project_schedule where project_id = ? and status_date is not null",
                p.project())).isZero();
    }

    @Test
    void badReportsPointAtTheOffendingUpdateAndChangeNothing() {
        Plan p = plan("Bad progress");
        long outbox = outboxRows();
        report(asPm(), p.project(), Map.of("updates", List.of(
                update(p.design(), "percentComplete", 40),
                update(p.docs(), "percentComplete", 150)))).statusCode(400)
                .contentType("application/problem+json").body("errors.pointer", contains("/updates/1/percentComplete"));
        report(asPm(), p.project(), Map.of("updates", List.of(
                update(p.design(), "percentComplete", 40),
                update(p.docs(), "actualStart", "2027-03-02T08:00:00", "actualFinish", "2027-03-01T17:00:00"))))
                .statusCode(400).body("errors.pointer", contains("/updates/1/actualFinish"));
        report(asPm(), p.project(), Map.of("updates", List.of(
                update(p.design(), "actualStart", "2027-03-01T08:00:00", "actualFinish", "2027-03-02T17:00:00",
                        "percentComplete", 60)))).statusCode(400)
                .body("errors.pointer", contains("/updates/0/percentComplete"));
        report(asPm(), p.project(), Map.of("updates", List.of(
                update(p.design(), "actualFinish", "2027-03-02T17:00:00")))).statusCode(400)
                .body("errors.pointer", contains("/updates/0/actualStart"));
        report(asPm(), p.project(), Map.of("updates", List.of(
                update(p.design(), "percentComplete", 100, "remainingMinutes", 30)))).statusCode(400)
                .body("errors.pointer", contains("/updates/0/remainingMinutes"));
        report(asPm(), p.project(), Map.of("updates", List.of(
                update(p.design(), "percentComplete", 10),
                update(UUID.randomUUID().toString(), "percentComplete", 10),
                update(p.design(), "percentComplete", 20)))).statusCode(400)
                .body("errors.pointer", contains("/updates/1/taskId", "/updates/2/taskId"));
        report(asPm(), p.project(), Map.of("updates", List.of())).statusCode(400)
                .body("errors.pointer", hasItem("/updates"));
        report(asPm(), p.project(), Map.of()).statusCode(400).body("errors.pointer", hasItem("/updates"));
        report(asPm(), p.project(), Map.of("updates", List.of(Map.of("percentComplete", 10)))).statusCode(400)
                .body("errors.pointer", hasItem("/updates/0/taskId"));
        report(asPm(), p.project(), Map.of("updates", List.of(update(p.design(), "percentComplete", "half"))))
                .statusCode(400).body("errors.pointer", hasItem("/updates/0/percentComplete"));
        report(asPm(), p.project(), Map.of("updates", List.of(update(p.design(), "percentComplete", 10.555))))
                .statusCode(400).body("errors.pointer", hasItem("/updates/0/percentComplete"));
        report(asPm(), p.project(), Map.of("updates", List.of(update(p.design(), "remainingMinutes", -5))))
                .statusCode(400).body("errors.pointer", hasItem("/updates/0/remainingMinutes"));
        report(asPm(), p.project(), Map.of("updates", List.of(update(p.design(), "done", true))))
                .statusCode(400).body("errors.pointer", hasItem("/updates/0/done"));
        asPm().contentType(ContentType.JSON).body("{\"updates\": [").post("/api/projects/{p}/progress", p.project())
                .then().statusCode(400).contentType("application/problem+json");
        // A stale version refuses the whole report, naming the update.
        report(asPm(), p.project(), Map.of("updates", List.of(
                update(p.docs(), "percentComplete", 10),
                update(p.design(), "percentComplete", 10, "version", 42)))).statusCode(409)
                .body("reasons[0]", containsString("/updates/1"));

        assertThat(progressRows(p.project())).isZero();
        assertThat(outboxRows()).isEqualTo(outbox);

        // A summary task's progress rolls up; it cannot be reported.
        String phase = task(p.project(), Map.of("name", "Phase"));
        task(p.project(), Map.of("name", "Inside", "parentId", phase, "durationMinutes", 480));
        report(asPm(), p.project(), Map.of("updates", List.of(update(phase, "percentComplete", 10)))).statusCode(400)
                .body("errors[0].pointer", equalTo("/updates/0/taskId"))
                .body("errors[0].message", containsString("summary task"));
        assertThat(progressRows(p.project())).isZero();
    }

    @Test
    void membersReportViewersReadManagersSetTheStatusDateAndOutsidersSeeNothing() {
        Plan p = plan("Progress roles");
        addMember(p.project(), "viewer", "VIEWER");
        addMember(p.project(), "dev", "MEMBER");
        Map<String, Object> body = Map.of("updates", List.of(update(p.docs(), "percentComplete", 25)));

        as("viewer", "viewer").get("/api/projects/{p}/progress", p.project()).then().statusCode(200);
        report(as("viewer", "viewer"), p.project(), body).statusCode(403).contentType("application/problem+json");
        statusDate(as("viewer", "viewer"), p.project(), progressEtag(p.project()), "2027-03-03T17:00:00")
                .statusCode(403);
        statusDate(as("dev", "member"), p.project(), progressEtag(p.project()), "2027-03-03T17:00:00")
                .statusCode(403);
        assertThat(progressRows(p.project())).isZero();

        for (UUID project : new UUID[]{p.project(), UUID.randomUUID()}) {
            as("outsider", "project-manager").get("/api/projects/{p}/progress", project).then().statusCode(404)
                    .body("detail", equalTo("Project " + project + " was not found"));
            report(as("outsider", "project-manager"), project, body).statusCode(404);
            statusDate(as("outsider", "project-manager"), project, "\"0\"", "2027-03-03T17:00:00").statusCode(404);
        }
        RestAssured.given().get("/api/projects/{p}/progress", p.project()).then().statusCode(401);
        RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/projects/{p}/progress", p.project())
                .then().statusCode(401);
        assertThat(progressRows(p.project())).isZero();

        report(as("dev", "member"), p.project(), body).statusCode(200).body("tasks[0].percentComplete", equalTo(25));
        statusDate(as("boss", "pmo"), p.project(), progressEtag(p.project()), "2027-03-03T17:00:00").statusCode(200);
        report(as("root", "admin"), p.project(), Map.of("updates", List.of(update(p.docs(), "percentComplete", 75))))
                .statusCode(200);
        assertThat(progressRows(p.project())).isEqualTo(1);
    }

    @Test
    void aRepeatedReportWithTheSameIdempotencyKeyAppliesOnce() {
        Plan p = plan("Idempotent progress");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("updates", List.of(update(p.docs(), "percentComplete", 30)));
        long version = report(asPm().header("Idempotency-Key", key), p.project(), body).statusCode(200).extract()
                .jsonPath().getLong("tasks[0].version");
        long snapshots = events(p.project(), "dev.gantry.project.schedule-version.v2");
        report(asPm().header("Idempotency-Key", key), p.project(), body).statusCode(200)
                .header("Idempotent-Replayed", "true").body("tasks[0].version", equalTo((int) version));
        assertThat(events(p.project(), "dev.gantry.project.schedule-version.v2")).isEqualTo(snapshots);
        assertThat(taskVersion(p.project(), p.docs())).isEqualTo(version);
        // An explicit null clears where an absent field keeps: a different report, so the key cannot be reused.
        report(asPm().header("Idempotency-Key", key), p.project(),
                Map.of("updates", List.of(update(p.docs(), "percentComplete", 30, "actualStart", null))))
                .statusCode(422);
        assertThat(taskVersion(p.project(), p.docs())).isEqualTo(version);
    }

    @Test
    void progressOfACancelledProjectNoLongerChanges() {
        Plan p = plan("Cancelled progress");
        move(p.project(), "CANCELLED", "Merged into another programme");
        report(asPm(), p.project(), Map.of("updates", List.of(update(p.docs(), "percentComplete", 30))))
                .statusCode(409);
        statusDate(asPm(), p.project(), progressEtag(p.project()), "2027-03-03T17:00:00").statusCode(409);
        asPm().get("/api/projects/{p}/progress", p.project()).then().statusCode(200);
        assertThat(progressRows(p.project())).isZero();
    }

    @Test
    void openApiDocumentsProgressAndBaselineOperationsWithExamples() {
        JsonPath document = RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String[][] operations = {
                {"/api/projects/{projectId}/progress", "get"},
                {"/api/projects/{projectId}/progress", "post"},
                {"/api/projects/{projectId}/progress/status-date", "put"},
                {"/api/projects/{projectId}/baselines", "get"},
                {"/api/projects/{projectId}/baselines", "post"},
                {"/api/projects/{projectId}/baselines/{baselineId}", "get"},
                {"/api/projects/{projectId}/baselines/{baselineId}", "delete"},
                {"/api/projects/{projectId}/baselines/{baselineId}/variance", "get"}};
        for (String[] op : operations) {
            Map<String, Object> operation = document.getMap("paths.'" + op[0] + "'." + op[1]);
            assertThat(operation).as(op[1] + " " + op[0]).isNotNull().containsKeys("summary", "description", "responses");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as(op[1] + " " + op[0]).containsKeys("400", "401", "403", "404");
        }
        assertThat(document.getMap("paths.'/api/projects/{projectId}/progress/status-date'.put.requestBody.content."
                + "'application/json'.examples")).containsKeys("set", "clear");
        assertThat(document.getMap("paths.'/api/projects/{projectId}/baselines'.post.requestBody.content."
                + "'application/json'.examples")).containsKey("approved");
        assertThat(document.getMap("paths.'/api/projects/{projectId}/progress'.get.responses.'200'.content."
                + "'application/json'.examples")).containsKey("progress");
        assertThat(document.getString("components.schemas.ProgressSummary.description"))
                .contains("sum(percentComplete × duration) / sum(duration)");
        assertThat(document.getMap("components.schemas.ProgressReport")).containsKey("examples");
        assertThat(document.getString("components.schemas.Variance.description")).contains("current minus baseline");
        assertThat(document.getString("components.schemas.TaskRequest.properties.plannedCost.examples[0]"))
                .isNotBlank();
    }
}
