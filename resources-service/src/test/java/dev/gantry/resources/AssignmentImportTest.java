package dev.gantry.resources;

import dev.gantry.contracts.project.AssignmentsImported;
import dev.gantry.testing.Inbox;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The assignments of an imported plan become allocations to their tasks where the resource names a person — by email
 * address, else by a name only one person has — once the tasks' dates are known; the others are reported, and no
 * person is invented.
 */
@QuarkusTest
class AssignmentImportTest {

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }

    private static String person(String name, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "jobFamily", "DBA", "capacityHoursPerWeek", 40));
        if (email != null) {
            body.put("email", email);
        }
        return asRm().contentType(ContentType.JSON).body(body).post("/api/resources/people").then().statusCode(201)
                .extract().path("id");
    }

    private static AssignmentsImported.Assignment assignment(UUID task, String name, String email, int units) {
        return new AssignmentsImported.Assignment(task, "Task " + task.toString().substring(0, 4), name, email,
                BigDecimal.valueOf(units), 2400, null, null);
    }

    @Test
    void matchedResourcesAreAllocatedToTheirTasksAndTheOthersAreReported() {
        UUID project = PublishedProjects.create();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String aisha = person("Aisha " + tag, "aisha-" + tag + "@example.com");
        person("Twin " + tag, null);
        person("twin " + tag, null);
        UUID cutover = UUID.randomUUID();
        UUID later = UUID.randomUUID();

        // The assignments arrive before the schedule: the matched ones wait for their tasks' dates.
        Inbox.awaitProcessed("project-events", TestEvents.send(PublishedProjects.kafka(), new AssignmentsImported(
                project, UUID.randomUUID(), List.of(
                assignment(cutover, "A. Khan (DBA)", "AISHA-" + tag + "@example.com", 100),
                assignment(later, "aisha " + tag, null, 150),
                assignment(cutover, "Twin " + tag, null, 50),
                assignment(later, "Ghost " + tag, "ghost@example.com", 100)), Instant.now(), 1, 1)));
        String base = "/api/resources/projects/" + project;
        JsonPath waiting = TestTokens.as("pm", "project-manager").get(base + "/imported-assignments").then()
                .statusCode(200).extract().jsonPath();
        assertThat(waiting.getList("status")).containsExactlyInAnyOrder("MATCHED", "MATCHED", "AMBIGUOUS",
                "UNMATCHED");
        assertThat(waiting.getString("find { it.status == 'UNMATCHED' }.note"))
                .contains("ghost@example.com").contains("Ghost " + tag);
        assertThat(waiting.getString("find { it.status == 'AMBIGUOUS' }.note")).startsWith("2 people are named");
        TestTokens.as("pm", "project-manager").get(base + "/allocations").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));

        TaskAllocationTest.publishSchedule(project, 1, cutover, LocalDate.of(2027, 3, 1), later);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TestTokens.as("pm", "project-manager")
                .get(base + "/imported-assignments").then().extract().jsonPath().getList("status"))
                .containsExactlyInAnyOrder("ALLOCATED", "ALLOCATED", "AMBIGUOUS", "UNMATCHED"));
        JsonPath allocations = TestTokens.as("pm", "project-manager").get(base + "/allocations").then()
                .statusCode(200).extract().jsonPath();
        assertThat(allocations.getList("personId")).containsOnly(aisha).hasSize(2);
        Map<String, Object> onCutover = allocations.getMap("find { it.taskId == '" + cutover + "' }");
        assertThat(onCutover.get("firstDay")).isEqualTo("2027-03-01");
        assertThat(onCutover.get("lastDay")).isEqualTo("2027-03-05");
        assertThat(onCutover.get("taskCritical")).isEqualTo(true);
        Map<String, Object> onLater = allocations.getMap("find { it.taskId == '" + later + "' }");
        assertThat(onLater.get("firstDay")).isEqualTo("2027-03-15");
        assertThat(new BigDecimal(onLater.get("percent").toString())).isEqualByComparingTo("100");
        assertThat(onLater.get("note").toString()).contains("at 150% (allocated at 100%)");

        TestTokens.as("outsider", "project-manager").get(base + "/imported-assignments").then().statusCode(404);
    }

    @Test
    void theLoadOfAnImportedAssignmentAsksItsWorkWhereThePlanPutsIt() {
        // Two days of Aisha's work on the cut-over (Monday 1 to Friday 5 March 2027), which levelling delayed by two
        // days, and two days of Bo's with a back-loaded contour: not eight hours on each of the task's five days.
        UUID project = PublishedProjects.create();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String aisha = person("Aisha " + tag, "aisha-" + tag + "@example.com");
        String bo = person("Bo " + tag, "bo-" + tag + "@example.com");
        UUID cutover = UUID.randomUUID();
        Inbox.awaitProcessed("project-events", TestEvents.send(PublishedProjects.kafka(), new AssignmentsImported(
                project, UUID.randomUUID(), List.of(
                new AssignmentsImported.Assignment(cutover, "Cut over", "Aisha " + tag, null, BigDecimal.valueOf(100),
                        960, null, 960L),
                new AssignmentsImported.Assignment(cutover, "Cut over", "Bo " + tag, null, BigDecimal.valueOf(100),
                        960, "BACK_LOADED", null)), Instant.now(), 1, 1)));
        TaskAllocationTest.publishSchedule(project, 1, cutover, LocalDate.of(2027, 3, 1), UUID.randomUUID());
        String base = "/api/resources/projects/" + project;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TestTokens.as("pm", "project-manager")
                .get(base + "/imported-assignments").then().extract().jsonPath().getList("status"))
                .containsExactly("ALLOCATED", "ALLOCATED"));

        // Aisha: nothing on Monday and Tuesday, then her sixteen hours on Wednesday and Thursday.
        assertThat(dailyHours(aisha)).containsExactly(0.0, 0.0, 8.0, 8.0, 0.0);
        // Bo: sixteen hours back-loaded over 2 ÷ 0.6 = 3.33 days, each tenth of that span doing 10, 15, 25, 50, 50, 75,
        // 75, 100, 100, 100 of 600 parts of the work: three tenths a day, so 50, 175, 275 and 100 parts of 600.
        List<Double> bos = dailyHours(bo);
        assertThat(bos).zipSatisfy(List.of(16.0 * 50 / 600, 16.0 * 175 / 600, 16.0 * 275 / 600, 16.0 * 100 / 600, 0.0),
                // The load answers hours to the hundredth.
                (actual, expected) -> assertThat(actual).isCloseTo(expected, within(0.005)));

        // The allocation shows the work it asks.
        Map<String, Object> hers = TestTokens.as("pm", "project-manager").get(base + "/allocations").then()
                .extract().jsonPath().getMap("find { it.personId == '" + aisha + "' }");
        @SuppressWarnings("unchecked")
        Map<String, Object> work = (Map<String, Object>) hers.get("importedWork");
        assertThat(work).containsEntry("workMinutes", 960).containsEntry("delayMinutes", 960).containsEntry("contour", null);
        // A share set by hand is the allocation from then on: Aisha at 50 % asks four hours on each day of the task.
        String etag = asRm().get(base + "/allocations/{a}", hers.get("id")).then().statusCode(200).extract().header("ETag");
        asRm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("percent", 50))
                .patch(base + "/allocations/{a}", hers.get("id")).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(dailyHours(aisha)).containsExactly(4.0, 4.0, 4.0, 4.0, 4.0));
        asRm().get(base + "/allocations/{a}", hers.get("id")).then().body("importedWork", org.hamcrest.Matchers.nullValue());
    }

    /** Hours asked of a person on each day of the cut-over week. */
    private static List<Double> dailyHours(String person) {
        return TestTokens.as("pm", "project-manager")
                .get("/api/resources/people/{p}/load?from=2027-03-01&to=2027-03-05&by=DAY", person).then()
                .statusCode(200).extract().jsonPath().getList("periods.allocatedHours", Float.class).stream()
                .map(Float::doubleValue).toList();
    }
}
