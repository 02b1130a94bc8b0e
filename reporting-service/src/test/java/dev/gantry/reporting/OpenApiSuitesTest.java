package dev.gantry.reporting;

import dev.gantry.testing.openapi.ApiFixtures;
import dev.gantry.testing.openapi.DocumentedAccess;
import dev.gantry.testing.openapi.OpenApiFuzzSuite;
import dev.gantry.testing.openapi.OpenApiSecurityMatrix;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Every operation of reporting-service, from its OpenAPI document: fuzzed with hostile input, and called as every
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
     * Projects as projects-service announces them; the membership replica authorises from them, and the audit trail
     * shows a project to its members once its first event is in.
     */
    private static ApiFixtures fixtures() {
        return ApiFixtures.publishedProjects("/api/reports/projects/{projectId}/audit")
                .notFuzzed("POST /api/reports/admin/replays", "rebuilds every read model in the background; ReplayTest")
                .build();
    }
}
