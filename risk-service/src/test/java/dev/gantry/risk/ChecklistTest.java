package dev.gantry.risk;

import dev.gantry.contracts.project.ProjectTemplateApplied;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.Inbox;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import dev.gantry.testing.openapi.ApiFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Checklists of standard risks: a project given a template's WBS (ProjectTemplateApplied, on the real broker) opens
 * its register with the checklist the template names, once; the PMO keeps the checklists.
 */
@QuarkusTest
class ChecklistTest {

    private static KafkaTestClient kafka;

    @AfterAll
    static void close() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static KafkaTestClient kafka() {
        if (kafka == null) {
            kafka = new KafkaTestClient(GantryTestResources.kafka());
        }
        return kafka;
    }

    private static RequestSpecification pmo() {
        return TestTokens.as("pmo-2", "pmo").contentType(ContentType.JSON);
    }

    @Test
    void aProjectFromATemplateOpensItsRegisterWithTheChecklistOnce() {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        ProjectTemplateApplied applied = new ProjectTemplateApplied(project, "SYSTEM_UPGRADE", "it-system-upgrade",
                "SYSTEM_UPGRADE", Instant.now());
        Inbox.awaitProcessed("project-events", TestEvents.send(kafka(), applied));
        Inbox.awaitProcessed("project-events", TestEvents.send(kafka(), applied));

        List<Map<String, Object>> risks = TestTokens.as(ApiFixtures.MANAGER, "project-manager")
                .get("/api/risks/projects/" + project + "/risks").then().statusCode(200).extract().path("items");
        assertThat(risks).extracting(r -> r.get("title")).containsExactly(
                "Customisations break on the new release", "Upgrade exceeds the agreed downtime window",
                "Vendor support ends before the upgrade is live");
        assertThat(risks).extracting(r -> r.get("key")).containsExactly("R-1", "R-2", "R-3");
        assertThat(risks.get(0).get("tags")).isEqualTo(List.of("checklist"));
        assertThat(((Map<?, ?>) risks.get(1).get("inherent")).get("score")).isEqualTo(12);

        UUID unknown = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        Inbox.awaitProcessed("project-events", TestEvents.send(kafka(), new ProjectTemplateApplied(unknown, "OWN",
                "no-such-checklist", "GENERIC", Instant.now())));
        TestTokens.as(ApiFixtures.MANAGER, "project-manager").get("/api/risks/projects/" + unknown + "/risks")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void thePmoKeepsTheChecklists() {
        String code = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("name", "ACME ERP roll-outs", "items", List.of(
                Map.of("title", "Plant floor users untrained at go-live", "category", "operations", "probability", 3,
                        "impact", 3)));
        TestTokens.as(ApiFixtures.MANAGER, "project-manager").contentType(ContentType.JSON).body(body)
                .put("/api/risks/checklists/" + code).then().statusCode(403);
        String etag = pmo().body(body).put("/api/risks/checklists/" + code).then().statusCode(201)
                .body("items[0].category", equalTo("OPERATIONS")).body("builtIn", equalTo(false))
                .extract().header("ETag");
        pmo().body(Map.of("name", "x", "items", List.of(Map.of("title", "y", "category", "NO_SUCH"))))
                .header("If-Match", etag).put("/api/risks/checklists/" + code).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/items/0/category"));
        pmo().body(Map.of("name", "ACME ERP roll-outs", "items", List.of())).header("If-Match", "\"99\"")
                .put("/api/risks/checklists/" + code).then().statusCode(412);
        String replaced = pmo().body(Map.of("name", "ACME ERP roll-outs v2", "items", List.of()))
                .header("If-Match", etag).put("/api/risks/checklists/" + code).then().statusCode(200)
                .body("name", equalTo("ACME ERP roll-outs v2")).extract().header("ETag");
        TestTokens.as(ApiFixtures.VIEWER, "viewer").get("/api/risks/checklists/" + code).then().statusCode(200)
                .body("items.size()", equalTo(0));
        String builtIn = pmo().get("/api/risks/checklists/it-generic").then().statusCode(200).extract().header("ETag");
        pmo().header("If-Match", builtIn).delete("/api/risks/checklists/it-generic").then().statusCode(409);
        pmo().header("If-Match", replaced).delete("/api/risks/checklists/" + code).then().statusCode(204);
        pmo().get("/api/risks/checklists/" + code).then().statusCode(404);
    }
}
