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
                BigDecimal.valueOf(units), 2400);
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
}
