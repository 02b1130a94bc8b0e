package dev.gantry.reporting;

import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.Money;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.reporting.status.StatusHistory;
import dev.gantry.testing.MovableClock;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.gantry.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The portfolio's filters, totals, ratings and forecast, its look-up by id and its CSV export; the audit trail's
 * filters and CSV export.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class PortfolioFiltersTest {

    private static final KafkaTestClient kafka = Broker.kafka();

    @Inject
    StatusHistory history;

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    @Test
    void filtersTotalsRatingsLookUpAndCsv() {
        MovableClock.set(Instant.parse("2027-01-18T12:00:00Z"));
        String marker = "pf" + UUID.randomUUID().toString().substring(0, 8);
        UUID rated = UUID.randomUUID();
        StatusEventsTest.feedExample(kafka, rated, UUID.randomUUID(), UUID.randomUUID());
        UUID network = UUID.randomUUID();
        UUID quoted = UUID.randomUUID();
        TestEvents.send(kafka, project(network, marker + " branch Wi-Fi", "NETWORK_ROLLOUT", "ana-" + marker, "80000"));
        TestEvents.send(kafka, project(quoted, marker + " upgrade, \"phase 2\"", "SYSTEM_UPGRADE", "ana-" + marker,
                "20000"));
        // The example project is renamed into the marked set through its own ProjectCreated's name: look it up by id.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(page("q", marker).getInt("totalItems")).isEqualTo(2);
            assertThat(StatusEventsTest.status("pm-" + rated, rated).getInt("openRisks")).isEqualTo(2);
        });
        assertThat(history.takeDue()).isPositive();

        JsonPath item = as("pm-" + rated, "project-manager").get("/api/reports/portfolio/{id}", rated).then()
                .statusCode(200).extract().jsonPath();
        assertThat(item.getString("ratings.overall")).isEqualTo("RED");
        assertThat(item.getString("ratings.schedule")).isEqualTo("AMBER");
        assertThat(item.getString("ratings.cost")).isEqualTo("GREEN");
        assertThat(item.getString("forecast.amount")).isEqualTo("15681.82");
        assertThat(item.getString("forecast.currency")).isEqualTo("EUR");
        as("stranger", "project-manager").get("/api/reports/portfolio/{id}", rated).then().statusCode(404);

        JsonPath red = page("rag", "RED", "manager", "pm-" + rated);
        assertThat(red.getList("items.projectId")).containsExactly(rated.toString());
        assertThat(red.getString("summary.byRag.RED")).isEqualTo("1");
        assertThat(red.getList("summary.forecasts.currency")).containsExactly("EUR");

        JsonPath marked = page("q", marker);
        assertThat(marked.getString("summary.byType.NETWORK_ROLLOUT")).isEqualTo("1");
        assertThat(marked.getString("summary.byType.SYSTEM_UPGRADE")).isEqualTo("1");
        assertThat(marked.getString("summary.byRag.GREEN")).as("no schedule, no baseline: GREY and GREEN").isEqualTo("2");
        assertThat(marked.getList("summary.budgets.amount").get(0).toString()).isEqualTo("100000.0");
        assertThat(page("q", marker, "type", "NETWORK_ROLLOUT").getList("items.projectId"))
                .containsExactly(network.toString());
        assertThat(page("q", marker, "type", "NETWORK_ROLLOUT", "type", "SYSTEM_UPGRADE").getInt("totalItems"))
                .isEqualTo(2);
        assertThat(page("q", "ANA-" + marker).getInt("totalItems")).as("the manager's name, any case").isEqualTo(2);
        assertThat(page("q", "100%_!").getInt("totalItems")).as("wildcards are text").isZero();
        as("pmo-lead", "pmo").queryParam("rag", "PURPLE").get("/api/reports/portfolio").then().statusCode(400)
                .body("errors[0].parameter", equalTo("rag"));

        // CSV (RFC 4180): a header, then one line per project; the name with a comma and quotes is quoted.
        String csv = as("pmo-lead", "pmo").accept("text/csv").queryParam("q", marker).queryParam("sort", "name,asc")
                .get("/api/reports/portfolio").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("portfolio.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("projectId,name,type,status,manager,startDate,budget,budgetCurrency,"
                + "forecast,forecastCurrency,overallRag,scheduleRag,costRag,riskRag,resourcesRag,ratedAt,updatedAt");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(network + "," + marker + " branch Wi-Fi,NETWORK_ROLLOUT,INITIATING,ana-");
        assertThat(lines.get(2)).startsWith(quoted + ",\"" + marker + " upgrade, \"\"phase 2\"\"\",SYSTEM_UPGRADE");

        // The audit trail of the example project: filtered by type, actor and period; as CSV.
        String audit = "/api/reports/projects/{id}/audit";
        String manager = "pm-" + rated;
        as(manager, "project-manager").queryParam("type", "dev.gantry.project.baseline-saved.v1").get(audit, rated)
                .then().statusCode(200).body("totalItems", equalTo(2));
        as(manager, "project-manager").queryParam("type", "dev.gantry.project.baseline-saved.v1")
                .queryParam("type", "dev.gantry.project.created.v1").get(audit, rated)
                .then().statusCode(200).body("totalItems", equalTo(3));
        as(manager, "project-manager").queryParam("actor", "someone-else").get(audit, rated).then().statusCode(200)
                .body("totalItems", equalTo(0));
        int all = as(manager, "project-manager").queryParam("actor", "test-user").get(audit, rated).then()
                .statusCode(200).extract().path("totalItems");
        assertThat(all).as("created, two baseline pages, a progress report, an action item").isEqualTo(5);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        as(manager, "project-manager").queryParam("from", today.plusDays(1).toString()).get(audit, rated).then()
                .statusCode(200).body("totalItems", equalTo(0));
        as(manager, "project-manager").queryParam("from", today.toString()).queryParam("to", today.toString())
                .get(audit, rated).then().statusCode(200).body("totalItems", equalTo(all));
        as(manager, "project-manager").queryParam("from", "2027-02-01").queryParam("to", "2027-01-01")
                .get(audit, rated).then().statusCode(400).body("errors[0].parameter", equalTo("to"));
        String auditCsv = as(manager, "project-manager").accept("text/csv").get(audit, rated).then().statusCode(200)
                .extract().asString();
        assertThat(auditCsv.lines().findFirst()).contains("eventId,type,source,actor,occurredAt,recordedAt");
        assertThat(auditCsv.lines().count()).isEqualTo(all + 1L);
    }

    private static JsonPath page(String... query) {
        var request = as("pmo-lead", "pmo");
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get("/api/reports/portfolio").then().statusCode(200).extract().jsonPath();
    }

    private static ProjectCreated project(UUID id, String name, String type, String managerUsername, String budget) {
        Member manager = new Member(TestTokens.subjectOf(managerUsername).toString(), managerUsername,
                ProjectRole.MANAGER);
        return new ProjectCreated(id, name, "d", type, "INITIATING", manager, LocalDate.of(2027, 2, 1),
                new Money(new BigDecimal(budget), "EUR"), List.of(manager), 0, Instant.now());
    }
}
