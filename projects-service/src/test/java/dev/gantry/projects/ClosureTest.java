package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectFinalReportPublished;
import dev.gantry.contracts.closure.ProjectResourcesReleased;
import dev.gantry.contracts.closure.ProjectRisksSettled;
import dev.gantry.contracts.project.Money;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.Inbox;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.gantry.projects.PmFixtures.addMember;
import static dev.gantry.projects.PmFixtures.fullCharter;
import static dev.gantry.projects.PmFixtures.move;
import static dev.gantry.projects.PmFixtures.projectEtag;
import static dev.gantry.projects.PmFixtures.putCharter;
import static dev.gantry.projects.PmFixtures.saveBaseline;
import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.count;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The closure saga against the real broker and database. The test plays the three participants by producing their
 * answers to the answer topics, as resources-service, risk-service and reporting-service would. Each answer is sent
 * only once projects-service has consumed the previous one (its inbox row, or for a redelivery its consumer group's
 * committed offset), so the order in which answers count never depends on timing. The test profile's closure timeout
 * is 5 minutes, checked every second; a test that needs a timeout moves the deadline into the past.
 */
@QuarkusTest
class ClosureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUESTED = "dev.gantry.project.closure-requested.v1";
    private static final String STATUS_CHANGED = "dev.gantry.project.status-changed.v1";
    /** The channel that consumes the participants' answers, and the consumer group it belongs to. */
    private static final String CLOSURE_ANSWERS = "closure-answers";
    private static final String CONSUMER_GROUP = "projects-service";
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

    /** No closure is left pending for other tests: each one ends or times out before the next test starts. */
    @AfterEach
    void noClosureLeftPending() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from project_closure where state = 'PENDING'") == 0);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static UUID executingProject(String name) {
        UUID id = createProject(uniqueName(name));
        putCharter(id, fullCharter());
        move(id, "PLANNING", "Charter approved");
        saveBaseline(id, "Approved plan");
        move(id, "EXECUTING", "Plan approved");
        return id;
    }

    private static ValidatableResponse request(RequestSpecification as, UUID project, String ifMatch, Object body) {
        RequestSpecification request = as.contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/projects/{id}/closure", project).then();
    }

    /** Requests closure as the project manager and returns the new closure's id. */
    private static UUID requestClosure(UUID project, Map<String, Object> body) {
        String id = request(asPm(), project, projectEtag(project), body).statusCode(202)
                .body("state", equalTo("PENDING")).extract().path("closureId");
        return UUID.fromString(id);
    }

    private static ValidatableResponse closure(UUID project) {
        return asPm().get("/api/projects/{id}/closure", project).then();
    }

    private static String projectStatus(UUID project) {
        return asPm().get("/api/projects/{id}", project).then().statusCode(200).extract().path("status");
    }

    /** Sends a participant's answer and returns its event id once projects-service has consumed it. */
    private static UUID answer(GantryEvent answer) {
        UUID id = TestEvents.send(kafka, answer);
        Inbox.awaitProcessed(CLOSURE_ANSWERS, id);
        return id;
    }

    private static UUID resourcesAnswer(UUID project, UUID closure, String outcome, String reason) {
        return answer(new ProjectResourcesReleased(project, closure, outcome, reason, 0, 0, Instant.now()));
    }

    private static UUID risksAnswer(UUID project, UUID closure, String outcome, String reason) {
        return answer(new ProjectRisksSettled(project, closure, outcome, reason, 2, 1, "IT operations risk register",
                Instant.now()));
    }

    private static UUID reportingAnswer(UUID project, UUID closure) {
        return answer(new ProjectFinalReportPublished(project, closure, ClosureParticipants.COMPLETED,
                null, UUID.randomUUID(), "/api/reports/projects/" + project + "/final-report", "Closure project",
                LocalDate.of(2027, 3, 1), new Money(new BigDecimal("120000.50"), "EUR"), 9, Instant.now()));
    }

    private static void answerAll(UUID project, UUID closure) {
        resourcesAnswer(project, closure, ClosureParticipants.COMPLETED, null);
        risksAnswer(project, closure, ClosureParticipants.COMPLETED, null);
        reportingAnswer(project, closure);
    }

    private static void awaitState(UUID project, String state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                closure(project).statusCode(200).body("state", equalTo(state)));
    }

    private static List<JsonNode> events(UUID project, String type, int expected) {
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.toString().equals(r.key()) && type.equals(header(r, CloudEventHeaders.TYPE)),
                expected, Duration.ofSeconds(30));
        return records.stream().map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static long closureRows(UUID project) {
        return count("select count(*) from project_closure where project_id = ?", project);
    }

    private static long answerRows(UUID closure) {
        return count("select count(*) from project_closure_answer where closure_id = ?", closure);
    }

    private static long eventsOf(UUID project) {
        return count("select count(*) from outbox where message_key = ?", project.toString());
    }

    // --- the saga -----------------------------------------------------------------------------------------------

    @Test
    void theProjectClosesWhenEveryParticipantHasAnsweredCompleted() {
        UUID project = executingProject("Closure happy path");
        Map<String, Object> body = Map.of("reason", "All deliverables accepted", "riskDisposition", "TRANSFER",
                "riskTransferTarget", "IT operations risk register");
        String key = UUID.randomUUID().toString();
        String etag = projectEtag(project);

        String id = asPm().contentType(ContentType.JSON).header("If-Match", etag).header("Idempotency-Key", key)
                .body(body).post("/api/projects/{id}/closure", project).then()
                .statusCode(202)
                .header("Location", endsWith("/api/projects/" + project + "/closure"))
                .body("state", equalTo("PENDING"))
                .body("projectStatus", equalTo("CLOSING"))
                .body("riskDisposition", equalTo("TRANSFER"))
                .body("riskTransferTarget", equalTo("IT operations risk register"))
                .body("requestedByName", equalTo("pm"))
                .body("waitingFor", contains("resources-service", "risk-service", "reporting-service"))
                .body("participants.status", contains("WAITING", "WAITING", "WAITING"))
                .extract().path("closureId");
        UUID closureId = UUID.fromString(id);
        // A retry with the same key replays the first answer instead of starting a second closure.
        asPm().contentType(ContentType.JSON).header("If-Match", etag).header("Idempotency-Key", key)
                .body(body).post("/api/projects/{id}/closure", project).then()
                .statusCode(202).header("Idempotent-Replayed", "true").body("closureId", equalTo(id));
        assertThat(closureRows(project)).isEqualTo(1);

        // One participant answers, twice (a redelivery, which leaves no trace of its own) and then again with a
        // different verdict: the first counts.
        UUID answerId = resourcesAnswer(project, closureId, ClosureParticipants.COMPLETED, null);
        RecordMetadata redelivery = TestEvents.send(kafka, new ProjectResourcesReleased(project, closureId,
                ClosureParticipants.COMPLETED, null, 0, 0, Instant.now()), answerId);
        kafka.awaitCommitted(CONSUMER_GROUP, redelivery, Duration.ofSeconds(30));
        resourcesAnswer(project, closureId, ClosureParticipants.FAILED, "second thoughts");
        closure(project)
                .body("participants[0].status", equalTo("ANSWERED"))
                .body("participants[0].outcome", equalTo("COMPLETED"))
                .body("participants[0].summary", equalTo("Released 0 staff and 0 hardware allocations"))
                .body("participants[0].details.staffAllocationsReleased", equalTo(0))
                .body("waitingFor", contains("risk-service", "reporting-service"));
        assertThat(answerRows(closureId)).as("the first answer only").isEqualTo(1);

        // The gates show what the closure waits for; the manual move stays refused and points at the closure.
        asPm().get("/api/projects/{id}/gates", project).then().statusCode(200)
                .body("status", equalTo("CLOSING"))
                .body("next[0].to", equalTo("CLOSED"))
                .body("next[0].allowed", equalTo(false))
                .body("next[0].blockers[0]", containsString("closure " + closureId + " is pending"))
                .body("next[0].blockers[0]", containsString("waiting for risk-service, reporting-service"));
        asPm().contentType(ContentType.JSON).header("If-Match", projectEtag(project))
                .body(Map.of("to", "CLOSED")).post("/api/projects/{id}/transitions", project).then()
                .statusCode(409)
                .body("reasons", hasSize(1))
                .body("reasons[0]", containsString("POST /api/projects/{id}/closure"));

        risksAnswer(project, closureId, ClosureParticipants.COMPLETED, null);
        reportingAnswer(project, closureId);
        awaitState(project, "COMPLETED");
        closure(project)
                .body("projectStatus", equalTo("CLOSED"))
                .body("endedAt", not(emptyOrNullString()))
                .body("waitingFor", hasSize(0))
                .body("participants.outcome", contains("COMPLETED", "COMPLETED", "COMPLETED"))
                .body("participants[1].summary",
                        equalTo("Closed 2 and transferred 1 open risks to IT operations risk register"))
                .body("participants[2].details.reportPath", equalTo("/api/reports/projects/" + project
                        + "/final-report"));
        assertThat(projectStatus(project)).isEqualTo("CLOSED");
        assertThat(answerRows(closureId)).as("one answer per participant").isEqualTo(3);

        JsonNode requested = events(project, REQUESTED, 1).get(0);
        assertThat(requested.path("closureId").asText()).isEqualTo(id);
        assertThat(requested.path("riskDisposition").asText()).isEqualTo("TRANSFER");
        assertThat(requested.path("riskTransferTarget").asText()).isEqualTo("IT operations risk register");
        assertThat(requested.path("reason").asText()).isEqualTo("All deliverables accepted");
        assertThat(requested.path("participants").toString())
                .isEqualTo("[\"resources-service\",\"risk-service\",\"reporting-service\"]");
        assertThat(Duration.between(Instant.parse(requested.path("requestedAt").asText()),
                Instant.parse(requested.path("deadline").asText()))).isEqualTo(Duration.ofMinutes(5));
        List<JsonNode> moves = events(project, STATUS_CHANGED, 4);
        assertThat(moves.stream().map(m -> m.path("from").asText() + "->" + m.path("to").asText()).toList())
                .containsExactly("INITIATING->PLANNING", "PLANNING->EXECUTING", "EXECUTING->CLOSING",
                        "CLOSING->CLOSED");
        assertThat(moves.get(3).path("reason").asText()).contains(id);
        // Nothing but the closure changes the project while it is closing.
        assertThat(moves.get(3).path("version").asLong()).isEqualTo(moves.get(2).path("version").asLong() + 1);

        // A closed project is final: no new closure.
        request(asPm(), project, projectEtag(project), Map.of()).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aFailedAnswerFailsTheClosureAndANewRequestRetries() {
        UUID project = executingProject("Closure failure");
        UUID first = requestClosure(project, Map.of());
        closure(project).body("riskDisposition", equalTo("CLOSE")).body("riskTransferTarget", nullValue());

        risksAnswer(project, first, ClosureParticipants.FAILED, "Open risk R-12 has no owner");
        awaitState(project, "FAILED");
        closure(project)
                .body("projectStatus", equalTo("CLOSING"))
                .body("failureReason", equalTo("risk-service: Open risk R-12 has no owner"))
                .body("participants[1].outcome", equalTo("FAILED"))
                .body("participants[1].reason", equalTo("Open risk R-12 has no owner"))
                .body("participants[1].summary", equalTo("Failed: Open risk R-12 has no owner"));
        JsonNode failed = kafka.awaitRecords(Topics.PROJECTS, r -> project.toString().equals(r.key())
                        && "dev.gantry.project.closure-failed.v1".equals(header(r, CloudEventHeaders.TYPE)), 1,
                Duration.ofSeconds(20)).stream().map(r -> read(r.value())).findFirst().orElseThrow();
        assertThat(failed.path("closureId").asText()).isEqualTo(first.toString());
        assertThat(failed.path("participant").asText()).isEqualTo("risk-service");
        asPm().get("/api/projects/{id}/gates", project).then()
                .body("next[0].blockers[0]", containsString("failed (risk-service: Open risk R-12 has no owner)"));

        // From CLOSING a new request starts a new attempt; the project does not move.
        long version = Long.parseLong(projectEtag(project).replace("\"", "").replace("W/", ""));
        UUID second = requestClosure(project, Map.of("reason", "Owner assigned to R-12"));
        assertThat(second).isNotEqualTo(first);
        closure(project).body("closureId", equalTo(second.toString())).body("projectVersion", equalTo((int) version));

        // Answers to the failed attempt, and to a closure that never existed, change nothing.
        resourcesAnswer(project, first, ClosureParticipants.COMPLETED, null);
        reportingAnswer(project, first);
        // The answer to an unknown closure is consumed (its inbox row is there) and ignored, rather than failed and
        // dead-lettered.
        UUID unknownAnswer = resourcesAnswer(project, UUID.randomUUID(), ClosureParticipants.COMPLETED, null);
        assertThat(answerRows(first)).as("only the FAILED answer belongs to the first attempt").isEqualTo(1);
        answerAll(project, second);
        awaitState(project, "COMPLETED");
        assertThat(kafka.readAll(Topics.deadLetter("projects-service")))
                .noneMatch(r -> unknownAnswer.toString().equals(header(r, CloudEventHeaders.ID)));
        assertThat(projectStatus(project)).isEqualTo("CLOSED");
        assertThat(answerRows(first)).isEqualTo(1);
        assertThat(answerRows(second)).isEqualTo(3);
        assertThat(events(project, REQUESTED, 2)).extracting(e -> e.path("closureId").asText())
                .containsExactly(first.toString(), second.toString());
    }

    @Test
    void aClosureWithoutEveryAnswerTimesOutAndNamesWhoDidNotAnswer() {
        UUID project = executingProject("Closure timeout");
        UUID first = requestClosure(project, Map.of());
        resourcesAnswer(project, first, ClosureParticipants.COMPLETED, null);
        assertThat(answerRows(first)).isEqualTo(1);

        // The deadline passes; an answer consumed after it is too late, whether or not the check has run yet.
        assertThat(count("update project_closure set deadline = now() - interval '1 second' where id = ?"
                + " returning 1", first)).isEqualTo(1);
        risksAnswer(project, first, ClosureParticipants.COMPLETED, null);
        awaitState(project, "TIMED_OUT");
        closure(project)
                .body("projectStatus", equalTo("CLOSING"))
                .body("failureReason", containsString("No answer from risk-service, reporting-service"))
                .body("participants.status", contains("ANSWERED", "WAITING", "WAITING"))
                .body("waitingFor", hasSize(0));
        JsonNode timedOut = kafka.awaitRecords(Topics.PROJECTS, r -> project.toString().equals(r.key())
                        && "dev.gantry.project.closure-timed-out.v1".equals(header(r, CloudEventHeaders.TYPE)), 1,
                Duration.ofSeconds(20)).stream().map(r -> read(r.value())).findFirst().orElseThrow();
        assertThat(timedOut.path("closureId").asText()).isEqualTo(first.toString());
        assertThat(timedOut.path("missing").toString()).isEqualTo("[\"risk-service\",\"reporting-service\"]");
        asPm().get("/api/projects/{id}/gates", project).then()
                .body("next[0].blockers[0]", containsString("timed out"));
        assertThat(projectStatus(project)).isEqualTo("CLOSING");

        // Late answers are ignored; a new request retries and can complete.
        reportingAnswer(project, first);
        assertThat(answerRows(first)).isEqualTo(1);
        UUID second = requestClosure(project, Map.of());
        answerAll(project, second);
        awaitState(project, "COMPLETED");
        assertThat(answerRows(first)).isEqualTo(1);
        assertThat(count("select count(*) from outbox where message_key = ? and event_type = ?", project.toString(),
                "dev.gantry.project.closure-timed-out.v1")).as("timed out exactly once").isEqualTo(1);
    }

    // --- authorisation ------------------------------------------------------------------------------------------

    @Test
    void onlyManagersAdminsAndThePmoRequestClosureAndMembersFollowIt() {
        UUID project = executingProject("Closure roles");
        addMember(project, "viewer", "VIEWER");
        addMember(project, "dev", "MEMBER");
        String etag = projectEtag(project);
        long events = eventsOf(project);

        for (String user : new String[]{"viewer", "dev"}) {
            request(as(user, "member"), project, etag, Map.of()).statusCode(403)
                    .contentType("application/problem+json");
            as(user, "member").get("/api/projects/{id}/closure", project).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString("No closure has been requested"));
        }
        for (UUID other : new UUID[]{project, UUID.randomUUID()}) {
            request(as("outsider", "project-manager"), other, etag, Map.of()).statusCode(404)
                    .contentType("application/problem+json");
            as("outsider", "project-manager").get("/api/projects/{id}/closure", other).then().statusCode(404);
        }
        assertThat(closureRows(project)).isZero();
        assertThat(eventsOf(project)).isEqualTo(events);
        assertThat(projectStatus(project)).isEqualTo("EXECUTING");

        String id = request(as("boss", "pmo"), project, etag, Map.of()).statusCode(202)
                .body("requestedByName", equalTo("boss")).extract().path("closureId");
        for (String user : new String[]{"viewer", "dev"}) {
            as(user, "member").get("/api/projects/{id}/closure", project).then().statusCode(200)
                    .body("closureId", equalTo(id));
        }
        as("outsider", "project-manager").get("/api/projects/{id}/closure", project).then().statusCode(404);
        as("root", "admin").get("/api/projects/{id}/closure", project).then().statusCode(200);
        answerAll(project, UUID.fromString(id));
        awaitState(project, "COMPLETED");
    }

    @Test
    void anAdminMayRequestClosure() {
        UUID project = executingProject("Closure by admin");
        String id = request(as("root", "admin"), project, projectEtag(project), Map.of()).statusCode(202)
                .extract().path("closureId");
        answerAll(project, UUID.fromString(id));
        awaitState(project, "COMPLETED");
    }

    @Test
    void concurrentRequestsStartOneClosure() throws Exception {
        UUID project = executingProject("Closure race");
        String etag = projectEtag(project);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> request(asPm(), project, etag, Map.of()).extract().statusCode());
            }
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // The first moves the project to CLOSING; the others find a newer version (412) or a pending closure (409).
        assertThat(statuses).filteredOn(s -> s == 202).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 202).allMatch(s -> s == 412 || s == 409);
        assertThat(closureRows(project)).isEqualTo(1);
        assertThat(events(project, REQUESTED, 1)).hasSize(1);
        String id = closure(project).statusCode(200).extract().path("closureId");
        answerAll(project, UUID.fromString(id));
        awaitState(project, "COMPLETED");
        assertThat(count("select count(*) from outbox where message_key = ? and event_type = ?", project.toString(),
                REQUESTED)).isEqualTo(1);
    }

    // --- bad input ----------------------------------------------------------------------------------------------

    @Test
    void badRequestsAreProblemsAndChangeNothing() {
        UUID project = executingProject("Closure bad input");
        String etag = projectEtag(project);
        long events = eventsOf(project);

        request(asPm(), project, null, Map.of()).statusCode(428).contentType("application/problem+json");
        request(asPm(), project, "\"999\"", Map.of()).statusCode(412).contentType("application/problem+json");
        request(asPm(), project, etag, Map.of("riskDisposition", "TRANSFER")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/riskTransferTarget"));
        request(asPm(), project, etag, Map.of("riskDisposition", "TRANSFER", "riskTransferTarget", "   "))
                .statusCode(400).body("errors.pointer", hasItem("/riskTransferTarget"));
        request(asPm(), project, etag, Map.of("riskDisposition", "CLOSE", "riskTransferTarget", "Ops"))
                .statusCode(400).body("errors.pointer", hasItem("/riskTransferTarget"));
        request(asPm(), project, etag, Map.of("riskTransferTarget", "Ops")).statusCode(400)
                .body("errors.pointer", hasItem("/riskTransferTarget"));
        request(asPm(), project, etag, Map.of("riskDisposition", "ARCHIVE")).statusCode(400)
                .contentType("application/problem+json");
        request(asPm(), project, etag, Map.of("reason", "x".repeat(2001))).statusCode(400)
                .contentType("application/problem+json");
        request(asPm(), project, etag, Map.of("riskDisposition", "TRANSFER", "riskTransferTarget", "y".repeat(201)))
                .statusCode(400).contentType("application/problem+json");
        request(asPm(), project, etag, Map.of("deadline", "2030-01-01T00:00:00Z")).statusCode(400)
                .contentType("application/problem+json");
        request(asPm(), project, etag, List.of("CLOSE")).statusCode(400).contentType("application/problem+json");
        asPm().contentType(ContentType.JSON).header("If-Match", etag).body("{\"reason\": ")
                .post("/api/projects/{id}/closure", project).then().statusCode(400)
                .contentType("application/problem+json");
        asPm().contentType(ContentType.JSON).header("If-Match", etag).header("Idempotency-Key", "k".repeat(300))
                .body(Map.of()).post("/api/projects/{id}/closure", project).then().statusCode(400)
                .contentType("application/problem+json");
        asPm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of())
                .post("/api/projects/{id}/closure", "not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");

        assertThat(closureRows(project)).isZero();
        assertThat(eventsOf(project)).as("no event for a refused request").isEqualTo(events);
        assertThat(projectStatus(project)).isEqualTo("EXECUTING");
        closure(project).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void closureNeedsAnExecutingOrClosingProjectWithoutAPendingClosure() {
        UUID planning = createProject(uniqueName("Closure too early"));
        putCharter(planning, fullCharter());
        move(planning, "PLANNING", "Charter approved");
        long events = eventsOf(planning);
        request(asPm(), planning, projectEtag(planning), Map.of()).statusCode(409)
                .contentType("application/problem+json")
                .body("reasons[0]", containsString("EXECUTING or CLOSING"));
        assertThat(closureRows(planning)).isZero();
        assertThat(eventsOf(planning)).isEqualTo(events);
        assertThat(projectStatus(planning)).isEqualTo("PLANNING");

        UUID project = executingProject("Closure twice");
        UUID first = requestClosure(project, Map.of());
        long after = eventsOf(project);
        request(asPm(), project, projectEtag(project), Map.of()).statusCode(409)
                .body("detail", containsString("already pending"));
        assertThat(closureRows(project)).isEqualTo(1);
        assertThat(eventsOf(project)).isEqualTo(after);

        answerAll(project, first);
        awaitState(project, "COMPLETED");
    }

    @Test
    void aCancelledClosingProjectIsNotClosedByLateAnswers() {
        UUID project = executingProject("Closure cancelled");
        UUID closure = requestClosure(project, Map.of());
        move(project, "CANCELLED", "Programme stopped");
        answerAll(project, closure);
        awaitState(project, "FAILED");
        closure(project).body("projectStatus", equalTo("CANCELLED"))
                .body("failureReason", containsString("The project is CANCELLED"));
        assertThat(projectStatus(project)).isEqualTo("CANCELLED");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
