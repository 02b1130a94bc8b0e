package dev.gantry.reporting;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.project.BaselineDeleted;
import dev.gantry.contracts.project.BaselineSaved;
import dev.gantry.contracts.project.TaskProgressReported;
import dev.gantry.contracts.reporting.EarnedValueAlert;
import dev.gantry.contracts.resources.CostActualsRecorded;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Earned value from the real broker: the worked example of ADR 0020 ({@code EarnedValueTest} computes the same figures
 * by hand) fed as the events projects-service and resources-service publish — a baseline in two pages, two progress
 * reports, actual cost recorded three times (the oldest record delivered again last) — read through the API.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class EarnedValueEventsTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();
    static final UUID S = UUID.randomUUID();

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
    void theWorkedExampleFedAsEventsGivesTheHandComputedFigures() {
        UUID project = UUID.randomUUID();
        String manager = "pm-" + project;
        TestEvents.send(kafka, ReportingEventsTest.created(project, "EVM " + project, manager));
        UUID baseline = UUID.randomUUID();
        TestEvents.send(kafka, examplePage(project, baseline, 1));
        // One page of two: not a baseline yet.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as("root", "admin").get("/api/reports/projects/{id}/audit", project).then()
                        .statusCode(200).body("totalItems", equalTo(2)));
        as(manager, "project-manager").get("/api/reports/projects/{id}/earned-value", project).then()
                .statusCode(404).body("detail", containsString("no baseline"));

        TestEvents.send(kafka, examplePage(project, baseline, 2));
        TestEvents.send(kafka, new TaskProgressReported(project, at(10, 17), List.of(
                progress(A, "Build", "60", "10000")), Instant.parse("2027-01-10T17:05:00Z"), 11, 1, 1));
        TestEvents.send(kafka, secondReport(project));
        CostActualsRecorded first = actuals(project, Instant.parse("2027-01-08T12:00:00Z"),
                week(4, "EUR", "6000"));
        TestEvents.send(kafka, first);
        TestEvents.send(kafka, actuals(project, Instant.parse("2027-01-22T12:00:00Z"),
                week(4, "EUR", "6000"), week(11, "EUR", "5500"), week(11, "USD", "300"), week(18, "EUR", "800")));
        // The oldest record once more (a new event): applying it must not undo the newer one.
        TestEvents.send(kafka, first);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath ev = earnedValue(manager, project);
            assertThat(ev.getString("statusDateSource")).isEqualTo("PROGRESS_REPORT");
            assertThat(ev.getString("ac")).isEqualTo("11500.00");
        });
        JsonPath ev = earnedValue(manager, project);
        assertThat(ev.getString("statusDate")).isEqualTo("2027-01-17");
        assertThat(ev.getString("baseline.id")).isEqualTo(baseline.toString());
        assertThat(ev.getString("currency")).isEqualTo("EUR");
        assertThat(Map.of("bac", ev.getString("bac"), "pv", ev.getString("pv"), "ev", ev.getString("ev"),
                "ac", ev.getString("ac"), "sv", ev.getString("sv"), "cv", ev.getString("cv"),
                "spi", ev.getString("spi"), "cpi", ev.getString("cpi"), "tcpi", ev.getString("tcpi")))
                .isEqualTo(Map.of("bac", "15000.00", "pv", "12000.00", "ev", "11000.00", "ac", "11500.00",
                        "sv", "-1000.00", "cv", "-500.00", "spi", "0.917", "cpi", "0.957", "tcpi", "1.143"));
        assertThat(List.of(ev.getString("eac.cpi"), ev.getString("eac.cpiSpi"), ev.getString("eac.bottomUp"),
                ev.getString("etc"), ev.getString("vac")))
                .containsExactly("15681.82", "16061.98", "16300.00", "4181.82", "-681.82");
        assertThat(ev.getList("actualCostInOtherCurrencies.currency")).containsExactly("USD");
        assertThat(ev.getList("weeks.weekStart")).containsExactly("2027-01-04", "2027-01-11", "2027-01-18");
        assertThat(ev.<Object>getList("weeks.ev")).extracting(String::valueOf)
                .containsExactly("6000.00", "11000.00", "null");
        assertThat(ev.<Object>getList("weeks.forecast")).extracting(String::valueOf)
                .containsExactly("null", "11500.00", "15681.82");
        // The S-curve as CSV: a header, a line per week, empty fields where a figure has no value.
        String csv = as(manager, "project-manager").accept("text/csv")
                .get("/api/reports/projects/{id}/earned-value", project).then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).containsExactly("weekStart,pv,ev,ac,forecast",
                "2027-01-04," + ev.getString("weeks[0].pv") + ",6000.00," + ev.getString("weeks[0].ac") + ",",
                "2027-01-11," + ev.getString("weeks[1].pv") + ",11000.00," + ev.getString("weeks[1].ac") + ",11500.00",
                "2027-01-18," + ev.getString("weeks[2].pv") + ",,," + "15681.82");

        // As of an earlier status date: only what was reported by then.
        as(manager, "project-manager").queryParam("statusDate", "2027-01-10")
                .get("/api/reports/projects/{id}/earned-value", project).then().statusCode(200)
                .body("statusDateSource", equalTo("REQUESTED"))
                .body("pv", equalTo(7000.00f)).body("ev", equalTo(6000.00f)).body("ac", equalTo(6000.00f));

        // Not a member: as if there were no such project. A date that is no date, or far beyond the plan: 400.
        as("stranger", "project-manager").get("/api/reports/projects/{id}/earned-value", project).then()
                .statusCode(404);
        as(manager, "project-manager").queryParam("statusDate", "2027-02-30")
                .get("/api/reports/projects/{id}/earned-value", project).then().statusCode(400);
        as(manager, "project-manager").queryParam("statusDate", "2100-01-01")
                .get("/api/reports/projects/{id}/earned-value", project).then().statusCode(400)
                .body("errors[0].parameter", equalTo("statusDate"));

        // The baseline deleted: nothing to measure against any more.
        TestEvents.send(kafka, new BaselineDeleted(project, baseline, "Plan", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as(manager, "project-manager").get("/api/reports/projects/{id}/earned-value", project).then()
                        .statusCode(404));
    }

    /** The earned value as the API answers it, numbers read as decimals (as written, with their scale). */
    static JsonPath earnedValue(String manager, UUID project) {
        return as(manager, "project-manager").get("/api/reports/projects/{id}/earned-value", project)
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /**
     * A CPI alert episode: the worked example's CPI of 0.957 raises nothing (threshold 0.9); actual cost of 13,000
     * (CPI 11,000 / 13,000 = 0.846) announces BELOW once, even when the same cost is recorded again; back to 11,500 it
     * announces RECOVERED with the BELOW alert's id. SPI (0.917) never crosses.
     */
    @Test
    void anIndexCrossingItsThresholdIsAnnouncedOnceEachWay() {
        UUID project = UUID.randomUUID();
        String manager = "pm-" + project;
        TestEvents.send(kafka, ReportingEventsTest.created(project, "EVM alerts " + project, manager));
        UUID baseline = UUID.randomUUID();
        TestEvents.send(kafka, examplePage(project, baseline, 1));
        TestEvents.send(kafka, examplePage(project, baseline, 2));
        TestEvents.send(kafka, secondReport(project));
        // The two services' events come on two topics, each in its own order: the test lets each step land first.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(earnedValue(manager, project).getString("ev")).isEqualTo("11000.00"));
        TestEvents.send(kafka, actuals(project, Instant.parse("2027-01-18T12:00:00Z"),
                week(4, "EUR", "6000"), week(11, "EUR", "5500")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(earnedValue(manager, project).getString("ac")).isEqualTo("11500.00"));
        CostActualsRecorded over = actuals(project, Instant.parse("2027-01-19T12:00:00Z"),
                week(4, "EUR", "6000"), week(11, "EUR", "7000"));
        TestEvents.send(kafka, over);
        TestEvents.send(kafka, over);
        TestEvents.send(kafka, actuals(project, Instant.parse("2027-01-20T12:00:00Z"),
                week(4, "EUR", "6000"), week(11, "EUR", "5500")));

        List<JsonPath> alerts = kafka.awaitRecords(Topics.REPORTING, r -> project.toString().equals(r.key())
                        && ALERT.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)), 2, Duration.ofSeconds(30))
                .stream().map(r -> new JsonPath(r.value())
                        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))).toList();
        assertThat(alerts).hasSize(2);
        assertThat(List.of(alerts.get(0).getString("index"), alerts.get(0).getString("direction"),
                alerts.get(0).getString("value"), alerts.get(0).getString("threshold"),
                alerts.get(0).getString("ac"), alerts.get(0).getString("statusDate")))
                .containsExactly("CPI", "BELOW", "0.846", "0.9", "13000.00", "2027-01-17");
        assertThat(List.of(alerts.get(1).getString("index"), alerts.get(1).getString("direction"),
                alerts.get(1).getString("value"), alerts.get(1).getString("alertId")))
                .containsExactly("CPI", "RECOVERED", "0.957", alerts.get(0).getString("alertId"));
    }

    private static final String ALERT = GantryEvent.typeOf(EarnedValueAlert.class);

    /** The worked example's baseline: page 1 of 2 (the release summary and Build) or page 2 (Test and Go-live). */
    static BaselineSaved examplePage(UUID project, UUID baseline, int page) {
        List<BaselineSaved.Task> tasks = page == 1
                ? List.of(task(S, "Release", null, true, false, at(4, 0), at(24, 0), "15000"),
                        task(A, "Build", S, false, false, at(4, 0), at(14, 0), "10000"))
                : List.of(task(B, "Test", S, false, false, at(14, 0), at(24, 0), "5000"),
                        task(C, "Go-live", S, false, true, at(24, 0), at(24, 0), "0"));
        return new BaselineSaved(project, baseline, "Plan", null, at(4, 0), at(24, 0), new BigDecimal("15000"), "EUR",
                tasks, Instant.parse("2027-01-04T08:00:00Z"), page, 2);
    }

    /** The worked example's second progress report, at Jan 17 17:00: A done, B 20% and re-estimated at 6,000. */
    static TaskProgressReported secondReport(UUID project) {
        return new TaskProgressReported(project, at(17, 17), List.of(progress(A, "Build", "100", "10000"),
                progress(B, "Test", "20", "6000")), Instant.parse("2027-01-17T17:05:00Z"), 12, 1, 1);
    }

    static BaselineSaved.Task task(UUID id, String name, UUID parent, boolean summary, boolean milestone,
                                   LocalDateTime start, LocalDateTime finish, String cost) {
        return new BaselineSaved.Task(id, name, null, parent, summary, milestone, start, finish, 0,
                new BigDecimal(cost));
    }

    static TaskProgressReported.TaskProgress progress(UUID task, String name, String percent, String plannedCost) {
        return new TaskProgressReported.TaskProgress(task, name, new BigDecimal(percent), null, null, null, 4800,
                new BigDecimal(plannedCost), null, null);
    }

    static CostActualsRecorded actuals(UUID project, Instant recordedAt, CostActualsRecorded.Week... weeks) {
        return new CostActualsRecorded(project, CostActualsRecorded.Reason.TIME_APPROVED, List.of(), List.of(),
                List.of(weeks), BigDecimal.ZERO, recordedAt);
    }

    static CostActualsRecorded.Week week(int dayOfJanuary, String currency, String amount) {
        return new CostActualsRecorded.Week(LocalDate.of(2027, 1, dayOfJanuary), currency, BigDecimal.TEN,
                new BigDecimal(amount));
    }

    static LocalDateTime at(int dayOfJanuary, int hour) {
        return LocalDateTime.of(2027, 1, dayOfJanuary, hour, 0);
    }
}
