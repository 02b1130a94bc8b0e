package dev.gantry.risk;

import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.project.BaselineSaved;
import dev.gantry.contracts.risk.SimulationCompleted;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.Inbox;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import dev.gantry.testing.openapi.ApiFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Schedule risk analysis through REST against real PostgreSQL and Kafka: a project's network arrives on the
 * schedules topic as projects-service publishes it, a simulation is queued, run and kept, and its answers hold what the
 * network and the inputs say — the planned finish as scheduled, ordered percentiles, the longest uncertain task first
 * in the tornado, the same result for the same seed, a risk on the critical path moving P80 — with SimulationCompleted
 * published; and what cannot be simulated is refused or ends clearly.
 */
@QuarkusTest
class SimulationsTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 8, 0);
    private static final long DAY = 480;
    private static KafkaTestClient kafka;

    @AfterAll
    static void close() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static KafkaTestClient kafka() {
        if (kafka == null) {
            kafka = new KafkaTestClient(GantryTestResources.kafka());
        }
        return kafka;
    }

    private static RequestSpecification manager() {
        return TestTokens.as(ApiFixtures.MANAGER, "project-manager").contentType(ContentType.JSON);
    }

    private static String simulations(UUID project) {
        return "/api/risks/projects/" + project + "/simulations";
    }

    @Test
    void aSimulationAnswersPercentilesATornadoAndTheSameResultForTheSameSeed() throws Exception {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        Networks.Network n = Networks.publish(project, false);
        String inputs = "/api/risks/projects/" + project + "/schedule-risk-inputs";
        manager().header("If-Match", "\"0\"").body(Map.of("defaultDistribution", "TRIANGULAR",
                "defaultLowPercent", -10, "defaultHighPercent", 20, "correlationGroups", List.of(), "riskEvents",
                List.of(), "estimates", List.of(
                        Map.of("taskId", n.build().toString(), "distribution", "PERT", "optimisticMinutes", 8 * DAY,
                                "mostLikelyMinutes", 10 * DAY, "pessimisticMinutes", 20 * DAY),
                        Map.of("taskId", n.summary().toString(), "distribution", "UNIFORM", "optimisticMinutes",
                                DAY, "mostLikelyMinutes", DAY, "pessimisticMinutes", 2 * DAY),
                        Map.of("taskId", UUID.randomUUID().toString(), "distribution", "UNIFORM",
                                "optimisticMinutes", DAY, "mostLikelyMinutes", DAY, "pessimisticMinutes", 2 * DAY))))
                .put(inputs).then().statusCode(200);

        // The current baseline: a week after the plan's finish, the go-live with it.
        LocalDateTime baselineFinish = n.finish().plusDays(7);
        Inbox.awaitProcessed("project-events", TestEvents.send(kafka(), new BaselineSaved(project, UUID.randomUUID(),
                "Approved plan", null, n.finish().minusDays(30), baselineFinish, null, null, List.of(
                new BaselineSaved.Task(n.goLive(), "Go-live", "2", null, false, true, baselineFinish, baselineFinish,
                        0, null)), Instant.now(), 1, 1)));

        String location = Networks.start(project, Map.of("iterations", 4000, "seed", 42));
        assertThat(location).contains(simulations(project) + "/");
        JsonPath done = Networks.awaitEnd(location);
        assertThat(done.getString("status")).as(done.prettify()).isEqualTo("COMPLETED");
        assertThat(done.getInt("progress.done")).isEqualTo(4000);
        assertThat(done.getLong("scheduleVersion")).isEqualTo(3);
        assertThat(done.getLong("inputsVersion")).isEqualTo(1);
        assertThat(done.getList("milestoneIds")).containsExactly(n.goLive().toString());
        // The network as received schedules to the finish projects-service computed: no warning says otherwise.
        assertThat(LocalDateTime.parse(done.getString("result.plannedFinish"))).isEqualTo(n.finish());
        assertThat(done.getList("result.warnings", String.class)).containsExactlyInAnyOrder(
                "1 estimate(s) name tasks no longer in the schedule and were left out",
                "1 estimate(s) are of summary tasks, whose subtasks vary instead; left out");
        List<LocalDateTime> percentiles = new ArrayList<>();
        for (String p : List.of("p10", "p50", "p80", "p90", "p95")) {
            percentiles.add(LocalDateTime.parse(done.getString("result.finish." + p)));
        }
        assertThat(percentiles).isSorted();
        // Build is right-skewed (8–10–20 days) on the critical path: the median lies after the planned finish.
        assertThat(percentiles.get(1)).isAfter(n.finish());
        assertThat(done.getDouble("result.probabilityOfPlannedFinish")).isBetween(0.0, 0.5);
        assertThat(done.getString("result.tornado[0].taskId")).isEqualTo(n.build().toString());
        assertThat(done.getString("result.tornado[0].name")).isEqualTo("Build");
        assertThat(done.getDouble("result.tornado[0].sensitivity")).isGreaterThan(0.8);
        assertThat(done.getDouble("result.tornado[0].criticality")).isEqualTo(1.0);
        assertThat(done.getString("result.milestones[0].name")).isEqualTo("Go-live");
        assertThat(done.getString("result.milestones[0].finish.p80")).isEqualTo(done.getString("result.finish.p80"));
        assertThat(done.getList("result.histogram")).hasSize(20);
        assertThat(done.getDouble("result.histogram[19].cumulative")).isEqualTo(1.0);
        assertThat(done.getInt("result.variedTasks")).isEqualTo(3);
        assertThat(LocalDateTime.parse(done.getString("result.baselineFinish"))).isEqualTo(baselineFinish);
        assertThat(done.getString("result.baselineName")).isEqualTo("Approved plan");
        assertThat(done.getDouble("result.probabilityOfBaselineFinish"))
                .isGreaterThan(done.getDouble("result.probabilityOfPlannedFinish")).isLessThanOrEqualTo(1.0);
        assertThat(LocalDateTime.parse(done.getString("result.milestones[0].baselineFinish"))).isEqualTo(baselineFinish);

        // Every leaf task, the milestone too; docs (3 days, beside a 15-day chain) is never critical.
        manager().get(location + "/tasks?sort=criticality,asc").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items[0].name", equalTo("Docs"))
                .body("items[0].criticality", equalTo(0.0f)).body("items.name", hasItem("Build"));
        TestTokens.as(ApiFixtures.VIEWER, "viewer").get(location).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));

        JsonPath again = Networks.awaitEnd(Networks.start(project, Map.of("iterations", 4000, "seed", 42)));
        assertThat(again.getMap("result.finish")).isEqualTo(done.getMap("result.finish"));
        assertThat(again.getList("result.tornado")).isEqualTo(done.getList("result.tornado"));

        List<?> completed = kafka().awaitRecords(Topics.RISKS, r -> r.value() != null
                && r.value().contains(done.getString("id")), 1, Duration.ofSeconds(30));
        SimulationCompleted event = EventJson.mapper().readValue(
                ((org.apache.kafka.clients.consumer.ConsumerRecord<?, ?>) completed.get(0)).value().toString(),
                SimulationCompleted.class);
        assertThat(event.projectId()).isEqualTo(project);
        assertThat(event.p80().toString()).startsWith(done.getString("result.finish.p80").substring(0, 16));
        assertThat(event.topDrivers().get(0).name()).isEqualTo("Build");
        assertThat(event.requestedBy()).isEqualTo(ApiFixtures.MANAGER);
        assertThat(event.baselineFinish()).isEqualTo(baselineFinish);
        assertThat(event.probabilityOfBaselineFinish()).isEqualTo(done.getDouble("result.probabilityOfBaselineFinish"));

        manager().get(simulations(project) + "?status=COMPLETED").then().statusCode(200)
                .body("totalItems", equalTo(2));
        manager().post(location + "/cancel").then().statusCode(409).body("detail", containsString("COMPLETED"));
        TestTokens.as(ApiFixtures.VIEWER, "viewer").delete(location).then().statusCode(403);
        manager().delete(location).then().statusCode(204);
        manager().get(location).then().statusCode(404);
    }

    @Test
    void aRiskOnTheCriticalPathMovesP80() {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        Networks.Network n = Networks.publish(project, false);
        JsonPath without = Networks.awaitEnd(Networks.start(project, Map.of("iterations", 3000, "seed", 7)));
        String risk = manager().body(Map.of("title", "Storage array arrives late", "category", "TECHNICAL",
                "probability", 4, "impact", 3)).post("/api/risks/projects/" + project + "/risks").then()
                .statusCode(201).extract().path("id");
        manager().header("If-Match", "\"0\"").body(Map.of("defaultDistribution", "TRIANGULAR",
                "defaultLowPercent", -10, "defaultHighPercent", 10, "estimates", List.of(),
                "correlationGroups", List.of(), "riskEvents", List.of(Map.of("riskId", risk, "probability", 0.5,
                        "taskIds", List.of(n.build().toString()), "impact", Map.of("distribution", "FIXED",
                                "minMinutes", 5 * DAY, "mostLikelyMinutes", 5 * DAY, "maxMinutes", 5 * DAY)))))
                .put("/api/risks/projects/" + project + "/schedule-risk-inputs").then().statusCode(200);
        JsonPath with = Networks.awaitEnd(Networks.start(project, Map.of("iterations", 3000, "seed", 7)));
        assertThat(with.getInt("result.riskEvents")).isEqualTo(1);
        LocalDateTime p80Without = LocalDateTime.parse(without.getString("result.finish.p80"));
        LocalDateTime p80With = LocalDateTime.parse(with.getString("result.finish.p80"));
        // Half the iterations take five more working days on the critical path: P80 is among them.
        assertThat(p80With).isAfterOrEqualTo(p80Without.plusDays(5));
        assertThat(LocalDateTime.parse(with.getString("result.finish.p10")))
                .isBefore(LocalDateTime.parse(with.getString("result.finish.p80")).minusDays(4));
    }

    @Test
    void whatCannotBeSimulatedIsRefusedOrEndsClearly() {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        manager().body(Map.of()).post(simulations(project)).then().statusCode(409)
                .body("detail", containsString("No schedule of project"));
        Networks.Network n = Networks.publish(project, true);
        await().atMost(Duration.ofSeconds(30)).until(() -> manager().body(Map.of("iterations", 50))
                .post(simulations(project)).statusCode() == 400);
        manager().body(Map.of("iterations", 500, "milestoneIds", List.of(n.goLive().toString(),
                        UUID.randomUUID().toString()))).post(simulations(project)).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/milestoneIds/1"));
        manager().body(Map.of("iterations", 200_000)).post(simulations(project)).then().statusCode(400);
        TestTokens.as(ApiFixtures.VIEWER, "viewer").contentType(ContentType.JSON).body(Map.of())
                .post(simulations(project)).then().statusCode(403);

        // One task of the version never arrived: the simulation waits for the whole version, and can be cancelled.
        String waiting = Networks.start(project, Map.of("iterations", 500));
        await().atMost(Duration.ofSeconds(20)).until(() -> manager().get(waiting).then().extract().path("status")
                .equals("RUNNING"));
        manager().post(waiting + "/cancel").then().statusCode(202);
        assertThat(Networks.awaitEnd(waiting).getString("status")).isEqualTo("CANCELLED");
        String queued1 = Networks.start(project, Map.of("iterations", 500));
        String queued2 = Networks.start(project, Map.of("iterations", 500));
        String queued3 = Networks.start(project, Map.of("iterations", 500));
        manager().body(Map.of()).post(simulations(project)).then().statusCode(409)
                .body("detail", containsString("waiting or running"));
        for (String location : List.of(queued1, queued2, queued3)) {
            manager().post(location + "/cancel").then().statusCode(202);
        }
        for (String location : List.of(queued1, queued2, queued3)) {
            assertThat(Networks.awaitEnd(location).getString("status")).isEqualTo("CANCELLED");
        }
    }
}
