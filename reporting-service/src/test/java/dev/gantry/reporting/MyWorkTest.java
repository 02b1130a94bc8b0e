package dev.gantry.reporting;

import dev.gantry.contracts.project.ActionItemAdded;
import dev.gantry.contracts.project.ActionItemEntry;
import dev.gantry.contracts.project.MeetingPerson;
import dev.gantry.contracts.resources.AllocationChanged;
import dev.gantry.contracts.resources.AllocationRemoved;
import dev.gantry.contracts.resources.OverallocationDetected;
import dev.gantry.contracts.resources.PersonChanged;
import dev.gantry.contracts.risk.RiskRaised;
import dev.gantry.testing.MovableClock;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.gantry.reporting.EarnedValueEventsTest.B;
import static dev.gantry.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * My work from the real broker: a person allocated to the example project's test task B (which now runs Jan 15 – Feb 3)
 * and to the project for a week, owning a risk and an action item; another allocation of theirs changed, delivered out of
 * order, and removed.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class MyWorkTest {

    private static final KafkaTestClient kafka = Broker.kafka();

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    @Test
    void aPersonsAllocationsTasksRisksAndActionItemsAcrossProjects() {
        MovableClock.set(Instant.parse("2027-01-18T12:00:00Z"));
        UUID project = UUID.randomUUID();
        StatusEventsTest.feedExample(kafka, project, UUID.randomUUID(), UUID.randomUUID());
        String user = "dev-" + project;
        UUID person = UUID.randomUUID();
        UUID onTask = UUID.randomUUID();
        UUID onProject = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        TestEvents.send(kafka, allocation(project, onTask, 1, person, user, B, 14, 24, "50"));
        TestEvents.send(kafka, allocation(project, onProject, 1, person, user, null, 25, 29, "100"));
        // Version 2 first, then the older version 1: the newer one stays.
        TestEvents.send(kafka, allocation(project, moved, 2, person, user, null, 20, 21, "40"));
        TestEvents.send(kafka, allocation(project, moved, 1, person, user, null, 5, 6, "40"));
        UUID removed = UUID.randomUUID();
        TestEvents.send(kafka, allocation(project, removed, 1, person, user, null, 19, 22, "10"));
        TestEvents.send(kafka, new AllocationRemoved(project, removed, person, Instant.now()));
        TestEvents.send(kafka, new RiskRaised(project, UUID.randomUUID(), "R-9", "Test data not anonymised",
                "COMPLIANCE", user, 3, 4, 12, "HIGH", "risk-lead", Instant.now()));
        TestEvents.send(kafka, new ActionItemAdded(project, new ActionItemEntry(UUID.randomUUID(), UUID.randomUUID(),
                "Prepare the test plan", new MeetingPerson(TestTokens.subjectOf(user).toString(), user, null),
                LocalDate.of(2027, 1, 16), "OPEN", null, 1), Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath work = work(user);
            assertThat(work.getList("allocations")).hasSize(3);
            assertThat(work.getList("risks")).hasSize(1);
            assertThat(work.getList("actionItems")).hasSize(1);
            assertThat(work.getString("allocations[0].task.finish")).isEqualTo("2027-02-03T17:00:00");
        });
        JsonPath work = work(user);
        assertThat(work.getString("username")).isEqualTo(user);
        assertThat(work.getString("today")).isEqualTo("2027-01-18");
        // Ordered by first day: the task (now from Jan 15), the changed allocation (Jan 20), the week (Jan 25).
        assertThat(work.getList("allocations.allocationId"))
                .containsExactly(onTask.toString(), moved.toString(), onProject.toString());
        assertThat(work.getString("allocations[0].firstDay")).isEqualTo("2027-01-15");
        assertThat(work.getString("allocations[0].lastDay")).isEqualTo("2027-02-03");
        assertThat(work.getString("allocations[0].task.name")).isEqualTo("Test");
        assertThat(work.getBoolean("allocations[0].task.critical")).isTrue();
        assertThat(work.getString("allocations[0].task.percentComplete")).isEqualTo("20.00");
        assertThat(work.getString("allocations[0].task.slackDays")).isEqualTo("0.0");
        assertThat(work.getString("allocations[0].state")).isEqualTo("IN_PROGRESS");
        assertThat(work.getString("allocations[0].projectName")).isEqualTo("Status " + project);
        assertThat(work.getString("allocations[1].firstDay")).isEqualTo("2027-01-20");
        assertThat(work.getString("allocations[1].state")).isEqualTo("NOT_STARTED");
        assertThat(work.getString("allocations[2].percent")).isEqualTo("100.00");
        assertThat(work.getString("risks[0].riskKey")).isEqualTo("R-9");
        assertThat(work.getString("actionItems[0].description")).isEqualTo("Prepare the test plan");
        assertThat(work.getBoolean("actionItems[0].overdue")).isTrue();

        // Someone else sees nothing of it.
        JsonPath other = work("someone-else");
        assertThat(other.getList("allocations")).isEmpty();
        assertThat(other.getList("risks")).isEmpty();
        assertThat(other.getList("actionItems")).isEmpty();
        // From the first of the month: the same three (the removed one is gone).
        assertThat(as(user, "member").queryParam("from", "2027-01-01").get("/api/reports/me/work").then()
                .statusCode(200).extract().jsonPath().getList("allocations")).hasSize(3);
        String csv = as(user, "member").accept("text/csv").get("/api/reports/me/work").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv.lines().toList().get(1)).startsWith(onTask + "," + project + ",Status " + project + ",Tester,");
        as(user, "member").queryParam("from", "1999-12-31").get("/api/reports/me/work").then().statusCode(400);
        as(user, "member").queryParam("from", "soon").get("/api/reports/me/work").then().statusCode(400);
    }

    @Test
    void utilisationPerPersonAndTeamAndWeekAcrossProjects() {
        MovableClock.set(Instant.parse("2027-01-18T12:00:00Z"));
        UUID project = UUID.randomUUID();
        StatusEventsTest.feedExample(kafka, project, UUID.randomUUID(), UUID.randomUUID());
        String team = "Quality " + project;
        UUID person = UUID.randomUUID();
        TestEvents.send(kafka, new PersonChanged(person, 2, "Dana Dev", "dana-" + project, team, "TESTER",
                new BigDecimal("40"), List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), Instant.now()));
        // An older version after the newer one changes nothing.
        TestEvents.send(kafka, new PersonChanged(person, 1, "Dana Dev", null, "Old team", "TESTER",
                new BigDecimal("20"), List.of("MONDAY"), Instant.now()));
        // Half time on test task B (now Jan 15 - Feb 3), full time on the project Jan 25-29, 40% on Jan 20-21.
        TestEvents.send(kafka, allocation(project, UUID.randomUUID(), 1, person, "dana", B, 14, 24, "50"));
        TestEvents.send(kafka, allocation(project, UUID.randomUUID(), 1, person, "dana", null, 25, 29, "100"));
        TestEvents.send(kafka, allocation(project, UUID.randomUUID(), 1, person, "dana", null, 20, 21, "40"));
        TestEvents.send(kafka, new OverallocationDetected(person, "Dana Dev", UUID.randomUUID(),
                LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 29), LocalDate.of(2027, 1, 25), new BigDecimal("12"),
                new BigDecimal("8"), List.of(), Instant.now()));

        String path = "/api/reports/utilisation";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath rows = as("rm", "resource-manager").queryParam("from", "2027-01-18").queryParam("to", "2027-01-31")
                    .queryParam("team", team).get(path).then().statusCode(200).extract()
                    .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
            assertThat(rows.getList("")).hasSize(2);
            assertThat(rows.getString("[1].overallocatedDays")).isEqualTo("5");
            assertThat(rows.getString("[1].allocatedHours")).isEqualTo("60.00");
        });
        JsonPath rows = as("rm", "resource-manager").queryParam("from", "2027-01-18").queryParam("to", "2027-01-31")
                .queryParam("team", team).get(path).then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        // Week of Jan 18: 5 days × 8 h; B 5 × 4 h, and 2 × 3.2 h on Jan 20-21.
        assertThat(rows.getString("[0].key")).isEqualTo(person.toString());
        assertThat(rows.getString("[0].team")).isEqualTo(team);
        assertThat(rows.getString("[0].weekStart")).isEqualTo("2027-01-18");
        assertThat(rows.getString("[0].capacityHours")).isEqualTo("40.00");
        assertThat(rows.getString("[0].allocatedHours")).isEqualTo("26.40");
        assertThat(rows.getString("[0].utilisationPercent")).isEqualTo("66.0");
        assertThat(rows.getString("[0].overallocatedDays")).isEqualTo("0");
        // Week of Jan 25: B 5 × 4 h and the project 5 × 8 h: 150%, the episode's five days.
        assertThat(rows.getString("[1].utilisationPercent")).isEqualTo("150.0");
        JsonPath teams = as("pmo-lead", "pmo").queryParam("from", "2027-01-18").queryParam("to", "2027-01-31")
                .queryParam("team", team).queryParam("by", "TEAM").get(path).then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat(teams.getString("[1].key")).isEqualTo(team);
        assertThat(teams.getString("[1].people")).isEqualTo("1");
        assertThat(teams.getString("[1].allocatedHours")).isEqualTo("60.00");
        String csv = as("rm", "resource-manager").accept("text/csv").queryParam("from", "2027-01-18")
                .queryParam("to", "2027-01-31").queryParam("team", team).get(path).then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().toList()).hasSize(3).first().isEqualTo("key,name,team,people,weekStart,capacityHours,"
                + "allocatedHours,utilisationPercent,overallocatedDays");
        as("dev", "member").get(path).then().statusCode(403);
        as("rm", "resource-manager").queryParam("by", "DEPARTMENT").get(path).then().statusCode(400);
        as("rm", "resource-manager").queryParam("from", "2027-01-01").queryParam("to", "2027-12-31").get(path).then()
                .statusCode(400);
    }

    private static JsonPath work(String user) {
        return as(user, "member").get("/api/reports/me/work").then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static AllocationChanged allocation(UUID project, UUID id, long version, UUID person, String username,
                                                UUID task, int firstOfJanuary, int lastOfJanuary, String percent) {
        return new AllocationChanged(project, id, version, person, "Dana Dev", username, task,
                LocalDate.of(2027, 1, firstOfJanuary), LocalDate.of(2027, 1, lastOfJanuary), new BigDecimal(percent),
                null, "Tester", null, Instant.now());
    }
}
