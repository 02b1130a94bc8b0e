package dev.gantry.risk;

import dev.gantry.testing.TestTokens;
import dev.gantry.testing.openapi.ApiFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * The inputs of schedule risk analysis through REST against real PostgreSQL: defaults until a project has its own, a
 * whole document replaced under If-Match, every inconsistency named by its pointer with nothing written, and who may
 * read and change them.
 */
@QuarkusTest
class ScheduleRiskInputsTest {

    private static RequestSpecification manager() {
        return TestTokens.as(ApiFixtures.MANAGER, "project-manager").contentType(ContentType.JSON);
    }

    private static String inputs(UUID project) {
        return "/api/risks/projects/" + project + "/schedule-risk-inputs";
    }

    private static Map<String, Object> estimate(UUID task, String kind, long o, long m, long p) {
        return Map.of("taskId", task.toString(), "distribution", kind, "optimisticMinutes", o, "mostLikelyMinutes", m,
                "pessimisticMinutes", p);
    }

    private static Map<String, Object> document(List<?> estimates, List<?> groups, List<?> events) {
        Map<String, Object> body = new HashMap<>();
        body.put("defaultDistribution", "PERT");
        body.put("defaultLowPercent", -15);
        body.put("defaultHighPercent", 40);
        body.put("estimates", estimates);
        body.put("correlationGroups", groups);
        body.put("riskEvents", events);
        return body;
    }

    @Test
    void aProjectsInputsAreReplacedWholeUnderIfMatch() {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        String risk = manager().body(Map.of("title", "Vendor ships the appliances late", "category", "TECHNICAL",
                "probability", 3, "impact", 3)).post("/api/risks/projects/" + project + "/risks").then()
                .statusCode(201).extract().path("id");
        manager().get(inputs(project)).then().statusCode(200).header("ETag", "\"0\"")
                .body("defaultDistribution", equalTo("TRIANGULAR")).body("defaultLowPercent", equalTo(-10.0f))
                .body("estimates.size()", equalTo(0)).body("version", equalTo(0));

        UUID migrate = UUID.randomUUID();
        UUID test = UUID.randomUUID();
        UUID install = UUID.randomUUID();
        Map<String, Object> body = document(
                List.of(estimate(migrate, "PERT", 2400, 3840, 7200), estimate(test, "TRIANGULAR", 960, 1440, 2880)),
                List.of(Map.of("name", "Data migration waves", "correlation", 0.8,
                        "taskIds", List.of(migrate.toString(), test.toString()))),
                List.of(Map.of("riskId", risk, "probability", 0.3, "taskIds", List.of(install.toString()),
                        "impact", Map.of("distribution", "UNIFORM", "minMinutes", 480, "mostLikelyMinutes", 960,
                                "maxMinutes", 2400))));
        manager().body(body).put(inputs(project)).then().statusCode(428);
        manager().header("If-Match", "\"3\"").body(body).put(inputs(project)).then().statusCode(412);
        manager().header("If-Match", "\"0\"").body(body).put(inputs(project)).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", equalTo(1)).body("updatedBy", equalTo(ApiFixtures.MANAGER));
        TestTokens.as(ApiFixtures.VIEWER, "viewer").get(inputs(project)).then().statusCode(200)
                .body("defaultDistribution", equalTo("PERT")).body("defaultHighPercent", equalTo(40.0f))
                .body("estimates.taskId", containsInAnyOrder(migrate.toString(), test.toString()))
                .body("correlationGroups[0].taskIds", equalTo(List.of(migrate.toString(), test.toString())))
                .body("correlationGroups[0].correlation", equalTo(0.8f))
                .body("riskEvents[0].riskId", equalTo(risk))
                .body("riskEvents[0].impact.maxMinutes", equalTo(2400));

        // Replaced whole: what the new document leaves out is gone.
        manager().header("If-Match", "\"1\"").body(document(List.of(estimate(install, "UNIFORM", 100, 100, 500)),
                List.of(), List.of())).put(inputs(project)).then().statusCode(200).body("version", equalTo(2))
                .body("estimates.taskId", equalTo(List.of(install.toString())))
                .body("riskEvents.size()", equalTo(0));
    }

    @Test
    void anInconsistentDocumentIsRefusedWithEveryProblemAndChangesNothing() {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Map<String, Object> bad = document(
                List.of(estimate(a, "PERT", 500, 400, 300), estimate(a, "PERT", 1, 2, 3)),
                List.of(Map.of("name", "One", "correlation", 0.5, "taskIds", List.of(a.toString(), b.toString())),
                        Map.of("name", "Two", "correlation", 0.5, "taskIds", List.of(b.toString(), a.toString()))),
                List.of(Map.of("riskId", UUID.randomUUID().toString(), "probability", 0.5,
                        "taskIds", List.of(a.toString()), "impact", Map.of("distribution", "FIXED",
                                "minMinutes", 10, "mostLikelyMinutes", 20, "maxMinutes", 20))));
        List<String> pointers = manager().header("If-Match", "\"0\"").body(bad).put(inputs(project)).then()
                .statusCode(400).extract().path("errors.pointer");
        assertThat(pointers).containsExactlyInAnyOrder("/estimates/0/mostLikelyMinutes",
                "/estimates/0/pessimisticMinutes", "/estimates/1/taskId", "/correlationGroups/1/taskIds/0",
                "/correlationGroups/1/taskIds/1", "/riskEvents/0/riskId", "/riskEvents/0/impact/maxMinutes");
        manager().header("If-Match", "\"0\"").body(document(List.of(), List.of(), List.of(Map.of("probability", 1.5))))
                .put(inputs(project)).then().statusCode(400);
        manager().get(inputs(project)).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void viewersReadAndNonMembersSeeNothing() {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        TestTokens.as(ApiFixtures.VIEWER, "viewer").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(document(List.of(), List.of(), List.of())).put(inputs(project)).then().statusCode(403);
        TestTokens.as("stranger-" + UUID.randomUUID().toString().substring(0, 6), "member").get(inputs(project))
                .then().statusCode(404);
        TestTokens.as("rk", "risk-manager").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(document(List.of(), List.of(), List.of())).put(inputs(project)).then().statusCode(200);
    }
}
