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
        OpenApiSecurityMatrix.run(fixtures(), DocumentedAccess.asInApiGuide()
                .managersOnly("GET /api/resources/projects/{projectId}/time-entries", "docs/api.md, Time and cost")
                .managersOnly("GET /api/resources/projects/{projectId}/costs", "docs/api.md, Time and cost"));
    }

    /**
     * Projects as projects-service announces them (the membership replica authorises from them), a person with an
     * absence made through the API by a resource manager, and the person's allocation to the first project made by
     * its manager. Each suite gets its own: the fuzz suite may delete them.
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
        ApiFixtures.Builder fixtures = ApiFixtures.publishedProjects("/api/resources/projects/{projectId}");
        String allocation = "{\"personId\":\"" + person + "\",\"firstDay\":\"2027-03-01\",\"lastDay\":\"2027-06-30\","
                + "\"percent\":50,\"role\":\"Network lead\"}";
        String allocationId = TestTokens.as(ApiFixtures.MANAGER, "project-manager").contentType(ContentType.JSON)
                .body(allocation).post("/api/resources/projects/{p}/allocations", fixtures.project())
                .then().statusCode(201).extract().path("id");
        String entry = "{\"projectId\":\"" + fixtures.project() + "\",\"day\":\"2026-11-02\",\"hours\":3}";
        String entryId = TestTokens.as("suite-rm", "resource-manager").contentType(ContentType.JSON).body(entry)
                .post("/api/resources/people/{id}/time-entries", person).then().statusCode(201).extract().path("id");
        return fixtures
                .value("personId", person)
                .value("entryId", entryId)
                .body("POST /api/resources/people/{personId}/time-entries", entry)
                .body("POST /api/resources/me/time-entries", entry)
                .body("PATCH /api/resources/time-entries/{entryId}", "{\"hours\":4,\"note\":\"Rack and stack\"}")
                .body("POST /api/resources/projects/{projectId}/time-entries/decisions",
                        "{\"entryIds\":[\"" + entryId + "\"],\"decision\":\"REJECTED\"}")
                .value("absenceId", absence)
                .value("allocationId", allocationId)
                .body("POST /api/resources/projects/{projectId}/allocations", allocation)
                .body("PATCH /api/resources/projects/{projectId}/allocations/{allocationId}",
                        "{\"percent\":40,\"note\":\"Two days a week from May\"}")
                .build();
    }
}
