package dev.gantry.reporting;

import dev.gantry.contracts.project.BaselineSaved;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.project.ActionItemAdded;
import dev.gantry.contracts.project.ActionItemEntry;
import dev.gantry.contracts.project.MeetingPerson;
import dev.gantry.contracts.resources.OverallocationDetected;
import dev.gantry.contracts.risk.RiskRaised;
import dev.gantry.contracts.risk.RiskStatusChanged;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.reporting.status.StatusHistory;
import dev.gantry.testing.MovableClock;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.reporting.EarnedValueEventsTest.A;
import static dev.gantry.reporting.EarnedValueEventsTest.B;
import static dev.gantry.reporting.EarnedValueEventsTest.C;
import static dev.gantry.reporting.EarnedValueEventsTest.S;
import static dev.gantry.reporting.EarnedValueEventsTest.actuals;
import static dev.gantry.reporting.EarnedValueEventsTest.at;
import static dev.gantry.reporting.EarnedValueEventsTest.examplePage;
import static dev.gantry.reporting.EarnedValueEventsTest.secondReport;
import static dev.gantry.reporting.EarnedValueEventsTest.week;
import static dev.gantry.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Project status from the real broker: the earned-value worked example (a baseline finishing Jan 24, progress and
 * actual cost at Jan 17) with a schedule whose test task B and go-live milestone C now finish ten days late, a critical
 * and a high risk, a person over-allocated on the critical task and an overdue action item — every rating and its
 * reasons; the PMO's thresholds; and "as of" a past day while the clock moves on.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class StatusEventsTest {

    private static final KafkaTestClient kafka = Broker.kafka();

    private static final Instant DAY_ONE = Instant.parse("2027-01-18T12:00:00Z");

    @Inject
    StatusHistory history;

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    /** Feeds the example project; returns its manager's name. */
    static String feedExample(KafkaTestClient kafka, UUID project, UUID critical, UUID high) {
        String manager = "pm-" + project;
        TestEvents.send(kafka, ReportingEventsTest.created(project, "Status " + project, manager));
        UUID baseline = UUID.randomUUID();
        TestEvents.send(kafka, examplePage(project, baseline, 1));
        TestEvents.send(kafka, examplePage(project, baseline, 2));
        TestEvents.send(kafka, secondReport(project));
        TestEvents.send(kafka, actuals(project, Instant.parse("2027-01-18T12:00:00Z"), week(4, "EUR", "6000"),
                week(11, "EUR", "5500")));
        sendSchedule(kafka, project);
        TestEvents.send(kafka, risk(project, critical, "R-1", "Vendor cannot deliver the switches", 5, 4, "CRITICAL"));
        TestEvents.send(kafka, risk(project, high, "R-2", "Test lab booked by another team", 4, 3, "HIGH"));
        UUID closed = UUID.randomUUID();
        TestEvents.send(kafka, risk(project, closed, "R-3", "Licence renewal", 5, 5, "CRITICAL"));
        TestEvents.send(kafka, new RiskStatusChanged(project, closed, "R-3", "Licence renewal", "IDENTIFIED", "CLOSED",
                "renewed", null, "risk-lead", Instant.parse("2027-01-12T10:00:00Z")));
        TestEvents.send(kafka, new OverallocationDetected(UUID.randomUUID(), "Ana Tester", UUID.randomUUID(),
                LocalDate.of(2027, 1, 19), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 20), new BigDecimal("12"),
                new BigDecimal("8"), List.of(new OverallocationDetected.Share(UUID.randomUUID(), project, B, true,
                new BigDecimal("8")), new OverallocationDetected.Share(UUID.randomUUID(), UUID.randomUUID(), null,
                null, new BigDecimal("4"))), Instant.now()));
        TestEvents.send(kafka, new ActionItemAdded(project, new ActionItemEntry(UUID.randomUUID(), UUID.randomUUID(),
                "Book the test lab", new MeetingPerson(null, "Ola Ops", "ola@example.com"), LocalDate.of(2027, 1, 15),
                "OPEN", null, 1), Instant.now()));
        return manager;
    }

    /** Version 12: A as planned, B and its milestone C ten days late and critical, S their summary. */
    static void sendSchedule(KafkaTestClient kafka, UUID project) {
        long version = 12;
        List<ScheduleTask> tasks = List.of(
                scheduleTask(project, S, null, "Release", false, null),
                scheduleTask(project, A, S, "Build", false, "100"),
                scheduleTask(project, B, S, "Test", false, "20"),
                scheduleTask(project, C, S, "Go-live", true, null));
        for (ScheduleTask task : tasks) {
            kafka.send(Topics.PROJECT_SCHEDULES, 0, task.key(), TestEvents.json(task),
                    TestEvents.headers(task, UUID.randomUUID(), "projects-service"));
        }
        ScheduleDates dates = new ScheduleDates(project, 0, version, List.of(
                computed(S, "1", true, false, at(4, 8), LocalDateTime.of(2027, 2, 3, 17, 0), 0),
                computed(A, "1.1", false, false, at(4, 8), at(14, 17), 2400),
                computed(B, "1.2", false, true, at(15, 8), LocalDateTime.of(2027, 2, 3, 17, 0), 0),
                computed(C, "1.3", false, true, LocalDateTime.of(2027, 2, 3, 17, 0),
                        LocalDateTime.of(2027, 2, 3, 17, 0), 0)));
        kafka.send(Topics.PROJECT_SCHEDULES, 0, ScheduleKeys.dates(project, 0), TestEvents.json(dates),
                TestEvents.headers(dates, UUID.randomUUID(), "projects-service"));
        ScheduleVersion header = new ScheduleVersion(project, version, at(4, 8), LocalDateTime.of(2027, 2, 3, 17, 0),
                null, at(17, 17), Instant.now(), 4, 3, 0, 1, 5, 0, at(4, 8), null);
        kafka.send(Topics.PROJECT_SCHEDULES, 0, project.toString(), TestEvents.json(header),
                TestEvents.headers(header, UUID.randomUUID(), "projects-service"));
    }

    private static ScheduleTask scheduleTask(UUID project, UUID id, UUID parent, String name, boolean milestone,
                                             String percent) {
        return new ScheduleTask(project, id, 12, name, parent, 0, null, milestone, milestone ? 0 : 4800, null, null,
                null, null, null, null, null, null, percent == null ? null : new BigDecimal(percent), null, null, null,
                null, null, null, null, null, null);
    }

    private static ScheduleDates.Computed computed(UUID id, String wbs, boolean summary, boolean critical,
                                                   LocalDateTime start, LocalDateTime finish, long slack) {
        long s = ScheduleDates.Computed.minute(start);
        long f = ScheduleDates.Computed.minute(finish);
        return new ScheduleDates.Computed(id, wbs, wbs.length() / 2 + 1, summary, critical, s, f, s, f, s, f, f - s,
                slack, slack);
    }

    static RiskRaised risk(UUID project, UUID id, String key, String title, int probability, int impact,
                           String level) {
        return new RiskRaised(project, id, key, title, "TECHNICAL", "risk-lead", probability, impact,
                probability * impact, level, "risk-lead", Instant.parse("2027-01-11T09:00:00Z"));
    }

    static JsonPath status(String user, UUID project) {
        return as(user, "project-manager").get("/api/reports/projects/{id}/status", project).then().statusCode(200)
                .extract().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void everyRatingWithItsReasonsAndAsOfAPastDay() {
        MovableClock.set(DAY_ONE);
        UUID project = UUID.randomUUID();
        UUID critical = UUID.randomUUID();
        UUID high = UUID.randomUUID();
        String manager = feedExample(kafka, project, critical, high);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath status = status(manager, project);
            assertThat(status.getString("plan.version")).isEqualTo("12");
            assertThat(status.getInt("openRisks")).isEqualTo(2);
            assertThat(status.getList("overAllocations")).hasSize(1);
            assertThat(status.getInt("actionItems.open")).isEqualTo(1);
            assertThat(status.getString("earnedValue.earnedValue")).isEqualTo("11000.00");
            assertThat(status.getString("earnedValue.costPerformanceIndex")).isEqualTo("0.957");
        });
        JsonPath status = status(manager, project);
        assertThat(status.getString("asOf")).isEqualTo("2027-01-18");
        // Schedule: the project finishes Feb 3 instead of Jan 24 (10 days: amber above 5, red above 15); B and C slipped;
        // SPI 11,000 / 12,000 = 0.917 (amber below 0.95).
        assertThat(status.getString("schedule.rag")).isEqualTo("AMBER");
        assertThat(status.getList("schedule.reasons.code"))
                .containsExactlyInAnyOrder("FINISH_SLIP", "TASKS_SLIPPED", "SPI");
        assertThat(status.getInt("plan.finishSlipDays")).isEqualTo(10);
        assertThat(status.getInt("plan.slippedTasks")).isEqualTo(2);
        assertThat(status.getList("schedule.reasons.find { it.code == 'TASKS_SLIPPED' }.taskIds"))
                .containsExactlyInAnyOrder(B.toString(), C.toString());
        assertThat(status.getString("milestones.next[0].name")).isEqualTo("Go-live");
        assertThat(status.getInt("milestones.next[0].slipDays")).isEqualTo(10);
        assertThat(status.getList("milestones.late")).isEmpty();
        // Cost: CPI 11,000 / 11,500 = 0.957 (amber below 0.95); EAC 15,681.82 is 4.5% over 15,000 (amber above 5%).
        assertThat(status.getString("cost.rag")).isEqualTo("GREEN");
        assertThat(status.getList("cost.reasons")).isEmpty();
        // Risk: R-1 is critical (red), R-2 high (amber); R-3 is closed and counts for nothing.
        assertThat(status.getString("risk.rag")).isEqualTo("RED");
        assertThat(status.getList("risk.reasons.code")).containsExactly("RISKS_AT_CRITICAL", "RISKS_AT_HIGH");
        assertThat(status.getList("risk.reasons[0].riskIds")).containsExactly(critical.toString());
        assertThat(status.getList("topRisks.riskKey")).containsExactly("R-1", "R-2");
        // Resources: an over-allocation on the critical task B.
        assertThat(status.getString("resources.rag")).isEqualTo("RED");
        assertThat(status.getString("resources.reasons[0].code")).isEqualTo("OVERALLOCATED_ON_CRITICAL_PATH");
        assertThat(status.getString("resources.reasons[0].message")).contains("Ana Tester");
        // Overall: the worst, with the reasons that make it.
        assertThat(status.getString("overall.rag")).isEqualTo("RED");
        assertThat(status.getList("overall.reasons.code"))
                .containsExactlyInAnyOrder("RISKS_AT_CRITICAL", "OVERALLOCATED_ON_CRITICAL_PATH");
        // The action item was due Jan 15.
        assertThat(status.getInt("actionItems.overdue")).isEqualTo(1);
        assertThat(status.getBoolean("actionItems.items[0].overdue")).isTrue();

        // The day's snapshot; then the next day R-1 is closed.
        assertThat(history.takeDue()).isPositive();
        Map<String, Object> dayOne = status.getMap("");
        MovableClock.set(DAY_ONE.plus(Duration.ofDays(1)));
        TestEvents.send(kafka, new RiskStatusChanged(project, critical, "R-1", "Vendor cannot deliver the switches",
                "IDENTIFIED", "CLOSED", "second vendor signed", null, "risk-lead", DAY_ONE.plus(Duration.ofDays(1))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(status(manager, project).getString("risk.rag")).isEqualTo("AMBER"));
        assertThat(history.takeDue()).isPositive();

        Response asOf = as(manager, "project-manager").queryParam("asOf", "2027-01-18")
                .get("/api/reports/projects/{id}/status", project);
        asOf.then().statusCode(200).header("Gantry-Snapshot-Taken-At", containsString("2027-01-18T12:00"));
        assertThat(asOf.jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getMap(""))
                .isEqualTo(dayOne);
        JsonPath dayTwo = as(manager, "project-manager").queryParam("asOf", "2027-01-19")
                .get("/api/reports/projects/{id}/status", project).then().statusCode(200).extract().jsonPath();
        assertThat(dayTwo.getString("risk.rag")).isEqualTo("AMBER");
        assertThat(dayTwo.getString("asOf")).isEqualTo("2027-01-19");
        // The portfolio's status on each day: the project's risk rating was red, then amber.
        for (String[] day : new String[][] {{"2027-01-18", "RED"}, {"2027-01-19", "AMBER"}}) {
            JsonPath portfolio = as(manager, "project-manager").queryParam("asOf", day[0])
                    .get("/api/reports/portfolio-status").then().statusCode(200).extract().jsonPath();
            assertThat(portfolio.getList("projectId")).containsExactly(project.toString());
            assertThat(portfolio.getString("[0].risk")).isEqualTo(day[1]);
            assertThat(portfolio.getString("[0].asOf")).isEqualTo(day[0]);
            assertThat(portfolio.getString("[0].budget.amount")).isEqualTo("1000.0");
        }
        assertThat(as("stranger", "project-manager").queryParam("asOf", "2027-01-19")
                .get("/api/reports/portfolio-status").then().statusCode(200).extract().jsonPath().getList(""))
                .isEmpty();
        as(manager, "project-manager").queryParam("asOf", "2027-01-17")
                .get("/api/reports/projects/{id}/status", project).then().statusCode(404)
                .body("detail", containsString("on or before 2027-01-17"));
        as(manager, "project-manager").queryParam("asOf", "2027-01-20")
                .get("/api/reports/projects/{id}/status", project).then().statusCode(400)
                .body("errors[0].parameter", equalTo("asOf"));
        as(manager, "project-manager").queryParam("asOf", "yesterday")
                .get("/api/reports/projects/{id}/status", project).then().statusCode(400);
    }

    @Test
    void theBaselinesFinishIsTheProjectsAsSavedNotItsLatestTask() {
        // An imported plan's blank row (a nameless manual task) dated Feb 10 is in the baseline's tasks, but the
        // project's finish that projects-service saved leaves it out: Jan 24. The schedule finishes Feb 3: 10 days late.
        MovableClock.set(DAY_ONE);
        UUID project = UUID.randomUUID();
        String manager = "pm-" + project;
        TestEvents.send(kafka, ReportingEventsTest.created(project, "Blank row " + project, manager));
        UUID blankRow = UUID.randomUUID();
        TestEvents.send(kafka, new BaselineSaved(project, UUID.randomUUID(), "Plan", null, at(4, 0), at(24, 0),
                new BigDecimal("15000"), "EUR", List.of(
                        EarnedValueEventsTest.task(S, "Release", null, true, false, at(4, 0), at(24, 0), "15000"),
                        EarnedValueEventsTest.task(A, "Build", S, false, false, at(4, 0), at(24, 0), "15000"),
                        EarnedValueEventsTest.task(blankRow, "Task 9", S, false, false,
                                LocalDateTime.of(2027, 2, 10, 8, 0), LocalDateTime.of(2027, 2, 10, 17, 0), "0")),
                Instant.parse("2027-01-04T08:00:00Z"), 1, 1));
        sendSchedule(kafka, project);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath status = status(manager, project);
            assertThat(status.getString("plan.version")).isEqualTo("12");
            assertThat(status.getInt("plan.finishSlipDays")).isEqualTo(10);
        });
    }

    @Test
    void theRiskHeatMapAndItsTrend() {
        MovableClock.set(DAY_ONE);
        UUID project = UUID.randomUUID();
        UUID critical = UUID.randomUUID();
        UUID high = UUID.randomUUID();
        String manager = feedExample(kafka, project, critical, high);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(status(manager, project).getInt("openRisks")).isEqualTo(2));
        JsonPath map = as(manager, "project-manager").get("/api/reports/projects/{id}/risk-heat-map", project).then()
                .statusCode(200).extract().jsonPath();
        // R-1 (5 × 4, critical) and R-2 (4 × 3, high) are open; R-3 was closed.
        assertThat(map.getInt("open")).isEqualTo(2);
        assertThat(map.getInt("byLevel.CRITICAL")).isEqualTo(1);
        assertThat(map.getInt("byLevel.HIGH")).isEqualTo(1);
        assertThat(map.getList("cells.probability")).containsExactly(5, 4);
        assertThat(map.getList("cells.impact")).containsExactly(4, 3);
        assertThat(map.getList("cells[0].riskIds")).containsExactly(critical.toString());
        // Twelve weekly points ending today (Jan 18): the three risks were raised on Jan 11, R-3 closed on Jan 12.
        assertThat(map.getList("trend")).hasSize(12);
        assertThat(map.getString("trend[11].day")).isEqualTo("2027-01-18");
        assertThat(map.getInt("trend[11].open")).isEqualTo(2);
        assertThat(map.getInt("trend[11].byLevel.CRITICAL")).isEqualTo(1);
        assertThat(map.getString("trend[10].day")).isEqualTo("2027-01-11");
        assertThat(map.getInt("trend[10].open")).isEqualTo(3);
        assertThat(map.getInt("trend[10].byLevel.CRITICAL")).isEqualTo(2);
        assertThat(map.getInt("trend[9].open")).isZero();
        assertThat(map.getString("trend[0].day")).isEqualTo("2026-11-02");
        as(manager, "project-manager").queryParam("weeks", 0).get("/api/reports/projects/{id}/risk-heat-map", project)
                .then().statusCode(400);
        as("stranger", "project-manager").get("/api/reports/projects/{id}/risk-heat-map", project).then()
                .statusCode(404);
        // Across projects: the manager's own; the PMO's, every project's.
        JsonPath mine = as(manager, "project-manager").get("/api/reports/risk-heat-map").then().statusCode(200)
                .extract().jsonPath();
        assertThat(mine.getInt("open")).isEqualTo(2);
        JsonPath all = as("pmo-lead", "pmo").get("/api/reports/risk-heat-map").then().statusCode(200).extract()
                .jsonPath();
        assertThat(all.getInt("open")).isGreaterThanOrEqualTo(2);
        assertThat(as("stranger", "member").get("/api/reports/risk-heat-map").then().statusCode(200).extract()
                .jsonPath().getInt("open")).isZero();
    }

    @Test
    void onlyMembersSeeAStatus() {
        UUID project = UUID.randomUUID();
        String manager = "pm-" + project;
        TestEvents.send(kafka, ReportingEventsTest.created(project, "Private " + project, manager));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> status(manager, project));
        as("stranger", "project-manager").get("/api/reports/projects/{id}/status", project).then().statusCode(404);
        as("someone", "pmo").get("/api/reports/projects/{id}/status", project).then().statusCode(200)
                .body("schedule.rag", equalTo("GREY")).body("cost.rag", equalTo("GREY"))
                .body("overall.rag", equalTo("GREEN"));
        as("root", "admin").get("/api/reports/projects/{id}/status", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void thePmoSetsTheThresholds() {
        JsonPath current = as("someone", "member").get("/api/reports/status-thresholds").then().statusCode(200)
                .extract().jsonPath();
        long version = current.getLong("version");
        Map<String, Object> body = new java.util.LinkedHashMap<>(current.getMap("thresholds"));
        body.put("amberSlipDays", 12);
        body.put("redSlipDays", 20);
        body.put("spiAmberBelow", 0.9);
        body.put("spiRedBelow", 0.8);
        as("planner", "project-manager").contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).put("/api/reports/status-thresholds").then().statusCode(403);
        as("pmo-lead", "pmo").contentType(ContentType.JSON).body(body).put("/api/reports/status-thresholds").then()
                .statusCode(428);
        as("pmo-lead", "pmo").contentType(ContentType.JSON).header("If-Match", "\"" + (version + 7) + "\"")
                .body(body).put("/api/reports/status-thresholds").then().statusCode(412);
        Map<String, Object> contradictory = new java.util.LinkedHashMap<>(body);
        contradictory.put("redSlipDays", 3);
        contradictory.put("riskRedLevel", "SEVERE");
        as("pmo-lead", "pmo").contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(contradictory).put("/api/reports/status-thresholds").then().statusCode(400)
                .body("errors.pointer", org.hamcrest.Matchers.hasItems("/redSlipDays", "/riskRedLevel"));
        Map<String, Object> missing = new java.util.LinkedHashMap<>(body);
        missing.remove("cpiRedBelow");
        as("pmo-lead", "pmo").contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(missing).put("/api/reports/status-thresholds").then().statusCode(400);

        MovableClock.set(DAY_ONE);
        UUID project = UUID.randomUUID();
        String manager = feedExample(kafka, project, UUID.randomUUID(), UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(status(manager, project).getString("schedule.rag")).isEqualTo("AMBER"));
        String etag = null;
        try {
            etag = as("pmo-lead", "pmo").contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).put("/api/reports/status-thresholds").then().statusCode(200)
                .body("version", equalTo((int) version + 1)).body("updatedBy", equalTo("pmo-lead"))
                .extract().header("ETag");
        assertThat(etag).isEqualTo("\"" + (version + 1) + "\"");
            // Ten days late is now within the amber threshold of twelve, and SPI 0.917 above 0.9.
            JsonPath after = status(manager, project);
            assertThat(after.getString("schedule.rag")).as(after.prettify()).isEqualTo("GREEN");
            assertThat(after.getLong("thresholdsVersion")).isEqualTo(version + 1);
        } finally {
            // Back to the defaults' values, so that the other tests judge by them.
            as("root", "admin").contentType(ContentType.JSON).header("If-Match", "*")
                    .body(current.getMap("thresholds")).put("/api/reports/status-thresholds").then().statusCode(200);
        }
    }
}
