package dev.gantry.reporting;

import dev.gantry.contracts.Topics;
import dev.gantry.contracts.project.ActionItemAdded;
import dev.gantry.contracts.project.ActionItemEntry;
import dev.gantry.contracts.project.MeetingPerson;
import dev.gantry.contracts.reporting.EarnedValueAlert;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.testing.MovableClock;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static dev.gantry.reporting.EarnedValueEventsTest.actuals;
import static dev.gantry.reporting.EarnedValueEventsTest.week;
import static dev.gantry.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A full replay of the topics rebuilds the read models with identical results: the earned-value worked example's
 * figures and S-curve, the project's status and its audit trail are the same after it; an alert announced before is
 * not announced again; an event arriving during the replay is applied after it.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class ReplayTest {

    private static final KafkaTestClient kafka = Broker.kafka();

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    @Test
    void aFullReplayGivesTheSameFiguresAndAnnouncesNothingTwice() {
        MovableClock.set(Instant.parse("2027-01-18T12:00:00Z"));
        UUID project = UUID.randomUUID();
        String manager = StatusEventsTest.feedExample(kafka, project, UUID.randomUUID(), UUID.randomUUID());
        // More cost in week 2: CPI 11,000 / 13,000 = 0.846, below the alert threshold of 0.9.
        TestEvents.send(kafka, actuals(project, Instant.parse("2027-01-18T13:00:00Z"), week(4, "EUR", "6000"),
                week(11, "EUR", "7000")));
        Predicate<ConsumerRecord<String, String>> alertOfProject = r -> project.toString().equals(r.key())
                && GantryEvent.typeOf(EarnedValueAlert.class).equals(header(r, CloudEventHeaders.TYPE));
        kafka.awaitRecords(Topics.REPORTING, alertOfProject, 1, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath status = StatusEventsTest.status(manager, project);
            assertThat(status.getString("cost.rag")).isEqualTo("RED");
            assertThat(status.getList("overAllocations")).hasSize(1);
            assertThat(status.getInt("actionItems.open")).isEqualTo(1);
        });
        Map<String, Object> earnedValue = earnedValue(manager, project);
        Map<String, Object> status = StatusEventsTest.status(manager, project).getMap("");
        List<Object> audit = audit(project);
        assertThat(earnedValue.get("cpi")).hasToString("0.846");

        as(manager, "project-manager").post("/api/reports/admin/replays").then().statusCode(403);
        // Another test's call may have started one (the security matrix calls every operation): wait for it to end.
        String[] started = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            io.restassured.response.Response answer = as("root", "admin").post("/api/reports/admin/replays");
            if (answer.statusCode() == 409) {
                return false;
            }
            answer.then().statusCode(202).body("status", equalTo("RUNNING"));
            started[0] = answer.header("Location");
            return true;
        });
        String location = started[0];
        // Arrives while the read models are rebuilt: applied once the replay is over.
        TestEvents.send(kafka, new ActionItemAdded(project, new ActionItemEntry(UUID.randomUUID(), UUID.randomUUID(),
                "Sign the second vendor", new MeetingPerson(null, "Ola Ops", null), LocalDate.of(2027, 1, 25), "OPEN",
                null, 1), Instant.now()));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as("root", "admin").get(location).then().statusCode(200).body("status", equalTo("COMPLETED")));
        JsonPath run = as("root", "admin").get(location).then().extract().jsonPath();
        assertThat(run.getLong("records")).isPositive();
        assertThat(run.getString("detail")).contains(Topics.PROJECTS, Topics.PROJECT_SCHEDULES, Topics.RESOURCES,
                Topics.RISKS);
        as("root", "admin").get("/api/reports/admin/replays").then().statusCode(200)
                .body("[0].replayId", equalTo(run.getString("replayId")));

        assertThat(earnedValue(manager, project)).isEqualTo(earnedValue);
        List<Object> auditAfter = audit(project);
        assertThat(auditAfter.subList(auditAfter.size() - audit.size(), auditAfter.size())).isEqualTo(audit);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(StatusEventsTest.status(manager, project).getInt("actionItems.open")).isEqualTo(2));
        Map<String, Object> after = StatusEventsTest.status(manager, project).getMap("");
        after.remove("actionItems");
        status.remove("actionItems");
        assertThat(after).isEqualTo(status);
        // The alert stays announced once: the episode it opened is still open.
        assertThatThrownBy(() -> kafka.awaitRecords(Topics.REPORTING, alertOfProject, 2, Duration.ofSeconds(5)))
                .isInstanceOf(AssertionError.class);
    }

    private static Map<String, Object> earnedValue(String manager, UUID project) {
        return as(manager, "project-manager").get("/api/reports/projects/{id}/earned-value", project).then()
                .statusCode(200).extract().jsonPath(EXACT).getMap("");
    }

    private static List<Object> audit(UUID project) {
        return as("root", "admin").queryParam("size", 100).get("/api/reports/projects/{id}/audit", project).then()
                .statusCode(200).extract().jsonPath(EXACT).getList("items");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
