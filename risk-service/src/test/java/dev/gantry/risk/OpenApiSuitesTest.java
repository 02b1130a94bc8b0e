package dev.gantry.risk;

import dev.gantry.testing.TestTokens;
import dev.gantry.testing.openapi.ApiFixtures;
import dev.gantry.testing.openapi.DocumentedAccess;
import dev.gantry.testing.openapi.OpenApiFuzzSuite;
import dev.gantry.testing.openapi.OpenApiSecurityMatrix;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/**
 * Every operation of risk-service, from its OpenAPI document: fuzzed with hostile input, and called as every
 * caller the documentation refuses. Run one alone with {@code -Dtest='OpenApiSuitesTest#<method>'}.
 */
@QuarkusTest
class OpenApiSuitesTest {

    @Test
    void everyOperationWithstandsHostileInput() {
        OpenApiFuzzSuite.run(fixtures());
    }

    @Test
    void everyOperationAnswersEachCallerAsDocumented() {
        OpenApiSecurityMatrix.run(fixtures(), DocumentedAccess.asInApiGuide());
    }

    /**
     * Projects as projects-service announces them (the membership replica authorises from them), and in the first a
     * risk with an action, and a risk that occurred with its issue, made through the API by the project's manager.
     * A small network arrives on the schedules topic, with a completed simulation of it. Each suite gets its own: the
     * fuzz suite may delete them.
     */
    private static ApiFixtures fixtures() {
        ApiFixtures.Builder fixtures = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}");
        String risks = "/api/risks/projects/" + fixtures.project() + "/risks";
        String risk = "{\"title\":\"Suite risk\",\"category\":\"TECHNICAL\",\"probability\":2,\"impact\":3}";
        String riskId = manager().body(risk).post(risks).then().statusCode(201).extract().path("id");
        String action = "{\"description\":\"Patch the cluster\",\"dueOn\":\"2027-04-15\",\"cost\":1200}";
        String actionId = manager().body(action).post(risks + "/" + riskId + "/actions").then().statusCode(201)
                .extract().path("id");
        String occurred = manager().body(risk).post(risks).then().statusCode(201).extract().path("id");
        String issueId = manager().header("If-Match", "*").body("{\"to\":\"OCCURRED\",\"reason\":\"Suite\"}")
                .post(risks + "/" + occurred + "/transitions").then().statusCode(200).extract().path("issueId");
        String matrix = "{\"probabilityLabels\":[\"Rare\",\"Unlikely\",\"Possible\",\"Likely\",\"Almost certain\"],"
                + "\"probabilityPercents\":[5,20,50,70,90],\"impactLabels\":[\"Minimal\",\"Minor\",\"Moderate\","
                + "\"Major\",\"Severe\"],\"mediumFrom\":5,\"highFrom\":10,\"criticalFrom\":15,\"reason\":\"Suite\"}";
        // A network on the schedules topic and a completed simulation of it; then a version with a loop, so that the
        // simulations the suites start fail at once, publishing no event while they compare the database.
        Networks.Network network = Networks.publish(fixtures.project(), false);
        String simulation = Networks.start(fixtures.project(), java.util.Map.of("iterations", 200, "seed", 1));
        Networks.awaitEnd(simulation);
        Networks.publishLoop(network);
        return fixtures
                .value("riskId", riskId)
                .value("simulationId", simulation.substring(simulation.lastIndexOf('/') + 1))
                .updatedInBackground("simulation", "the simulation worker runs queued simulations and writes their"
                        + " progress, heartbeat and result")
                .body("POST /api/risks/projects/{projectId}/simulations", "{\"iterations\":200,\"seed\":5}")
                .value("actionId", actionId)
                .value("issueId", issueId)
                .body("POST /api/risks/projects/{projectId}/risks", risk)
                .body("PATCH /api/risks/projects/{projectId}/risks/{riskId}",
                        "{\"impact\":4,\"scoreReason\":\"Suite\",\"tags\":[\"suite\"]}")
                .body("POST /api/risks/projects/{projectId}/risks/{riskId}/transitions", "{\"to\":\"ASSESSED\"}")
                .body("POST /api/risks/projects/{projectId}/risks/{riskId}/reviews",
                        "{\"notes\":\"Looked again\",\"nextReviewOn\":\"2099-01-04\"}")
                .body("POST /api/risks/projects/{projectId}/risks/{riskId}/actions", action)
                .body("PATCH /api/risks/projects/{projectId}/risks/{riskId}/actions/{actionId}", "{\"status\":\"DONE\"}")
                .body("PATCH /api/risks/projects/{projectId}/issues/{issueId}",
                        "{\"status\":\"RESOLVED\",\"resolution\":\"Worked around\"}")
                .body("PUT /api/risks/matrix", matrix)
                .body("PUT /api/risks/projects/{projectId}/schedule-risk-inputs", "{\"defaultDistribution\":\"PERT\","
                        + "\"defaultLowPercent\":-10,\"defaultHighPercent\":30,\"estimates\":[{\"taskId\":\""
                        + UUID.randomUUID() + "\",\"distribution\":\"PERT\",\"optimisticMinutes\":2400,"
                        + "\"mostLikelyMinutes\":3840,\"pessimisticMinutes\":7200}],\"correlationGroups\":[],"
                        + "\"riskEvents\":[{\"riskId\":\"" + riskId + "\",\"probability\":0.3,\"impact\":"
                        + "{\"distribution\":\"UNIFORM\",\"minMinutes\":480,\"mostLikelyMinutes\":960,"
                        + "\"maxMinutes\":2400},\"taskIds\":[\"" + UUID.randomUUID() + "\"]}]}")
                .value("code", "suite-" + UUID.randomUUID().toString().substring(0, 8))
                .body("PUT /api/risks/checklists/{code}", "{\"name\":\"Suite checklist\",\"items\":[{\"title\":"
                        + "\"Suite risk\",\"category\":\"COST\",\"probability\":2,\"impact\":2}]}")
                .body("POST /api/risks/categories", "{\"code\":\"SUITE_" + UUID.randomUUID().toString()
                        .substring(0, 8).toUpperCase() + "\",\"name\":\"Suite category\"}")
                .build();
    }

    private static io.restassured.specification.RequestSpecification manager() {
        return TestTokens.as(ApiFixtures.MANAGER, "project-manager").contentType(ContentType.JSON);
    }
}
