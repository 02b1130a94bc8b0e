package dev.gantry.resources;

import dev.gantry.testing.openapi.ApiFixtures;
import dev.gantry.testing.openapi.DocumentedAccess;
import dev.gantry.testing.openapi.OpenApiFuzzSuite;
import dev.gantry.testing.openapi.OpenApiSecurityMatrix;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every operation of resources-service, from its OpenAPI document: fuzzed with hostile input, and called as every
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
     * Projects as projects-service announces them (the membership replica authorises from them), and a person with an
     * absence made through the API by a resource manager. Each suite gets its own: the fuzz suite may delete them.
     */
    private static ApiFixtures fixtures() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String person = TestTokens.as("suite-rm", "resource-manager").contentType(ContentType.JSON)
                .body(Map.of("name", "Suite person " + tag, "jobFamily", "NETWORK_ENGINEER", "capacityHoursPerWeek", 40,
                        "skills", List.of(Map.of("name", "Cisco IOS", "level", 3)),
                        "rates", List.of(Map.of("effectiveFrom", "2027-01-01", "hourlyRate", 70, "currency", "EUR"))))
                .post("/api/resources/people").then().statusCode(201).extract().path("id");
        String absence = TestTokens.as("suite-rm", "resource-manager").contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "firstDay", "2027-05-03", "lastDay", "2027-05-04"))
                .post("/api/resources/people/{id}/absences", person).then().statusCode(201).extract().path("id");
        return ApiFixtures.publishedProjects("/api/resources/projects/{projectId}")
                .value("personId", person)
                .value("absenceId", absence)
                .build();
    }
}
