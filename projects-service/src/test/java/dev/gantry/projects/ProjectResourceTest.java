package dev.gantry.projects;

import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.create;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.newProject;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class ProjectResourceTest {

    @Test
    void createdProjectIsManagedByItsCreatorAndReadable() {
        String name = uniqueName("Core switch refresh");
        var created = create(asPm(), newProject(name))
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("type", equalTo("NETWORK_ROLLOUT"))
                .body("status", equalTo("INITIATING"))
                .body("startDate", equalTo("2027-03-01"))
                .body("budget.amount", equalTo(120000.5f))
                .body("budget.currency", equalTo("EUR"))
                .body("manager.userId", equalTo(TestTokens.subjectOf("pm").toString()))
                .body("manager.username", equalTo("pm"))
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/projects/" + id);

        asPm().get("/api/projects/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("name", equalTo(name));

        asPm().header("If-None-Match", "\"0\"").get("/api/projects/{id}", id).then().statusCode(304);

        asPm().get("/api/projects/{id}/members", id).then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].userId", equalTo(TestTokens.subjectOf("pm").toString()))
                .body("[0].role", equalTo("MANAGER"));
    }

    @Test
    void listIsPagedSortedFilteredAndLimitedToMemberships() {
        String prefix = "Paging " + UUID.randomUUID().toString().substring(0, 6);
        for (String suffix : List.of("C", "A", "B")) {
            create(asPm(), newProject(prefix + " " + suffix)).statusCode(201);
        }

        asPm().queryParam("q", prefix.toLowerCase()).queryParam("size", 2).queryParam("sort", "name,asc")
                .get("/api/projects").then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("items.name", equalTo(List.of(prefix + " A", prefix + " B")));

        asPm().queryParam("q", prefix).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "name,asc")
                .get("/api/projects").then()
                .statusCode(200)
                .body("items.name", equalTo(List.of(prefix + " C")));

        asPm().queryParam("q", prefix).queryParam("sort", "name,desc").get("/api/projects").then()
                .body("items[0].name", equalTo(prefix + " C"));

        asPm().queryParam("q", prefix).queryParam("type", "SYSTEM_UPGRADE").get("/api/projects").then()
                .body("totalItems", equalTo(0));

        as("pm2", "project-manager").queryParam("q", prefix).get("/api/projects").then()
                .statusCode(200).body("totalItems", equalTo(0));

        as("admin", "admin").queryParam("q", prefix).get("/api/projects").then()
                .statusCode(200).body("totalItems", equalTo(3));
        as("pmo", "pmo").queryParam("q", prefix).get("/api/projects").then()
                .statusCode(200).body("totalItems", equalTo(3));
    }

    @Test
    void managerAddsChangesAndRemovesMembers() {
        UUID id = createProject(uniqueName("Members"));
        String dev = TestTokens.subjectOf("dev").toString();

        asPm().contentType(ContentType.JSON).body(Map.of("username", "dev", "role", "MEMBER"))
                .put("/api/projects/{id}/members/{user}", id, dev).then()
                .statusCode(201).body("role", equalTo("MEMBER"));
        as("dev", "member").get("/api/projects/{id}", id).then().statusCode(200);
        as("dev", "member").queryParam("q", "Members").get("/api/projects").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(id.toString()));

        asPm().contentType(ContentType.JSON).body(Map.of("username", "dev", "role", "VIEWER"))
                .put("/api/projects/{id}/members/{user}", id, dev).then()
                .statusCode(200).body("role", equalTo("VIEWER"));
        asPm().get("/api/projects/{id}/members", id).then().body("", hasSize(2));

        asPm().delete("/api/projects/{id}/members/{user}", id, dev).then().statusCode(204);
        as("dev", "member").get("/api/projects/{id}", id).then().statusCode(404);
        asPm().delete("/api/projects/{id}/members/{user}", id, dev).then().statusCode(404);
    }

    @Test
    void theProjectManagerCannotBeRemovedOrDemoted() {
        UUID id = createProject(uniqueName("Keep manager"));
        String pm = TestTokens.subjectOf("pm").toString();

        asPm().delete("/api/projects/{id}/members/{user}", id, pm).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("reasons", hasSize(1));
        asPm().contentType(ContentType.JSON).body(Map.of("username", "pm", "role", "VIEWER"))
                .put("/api/projects/{id}/members/{user}", id, pm).then()
                .statusCode(409);
        asPm().get("/api/projects/{id}/members", id).then().body("[0].role", equalTo("MANAGER"));
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndBumpsTheVersion() {
        UUID id = createProject(uniqueName("Patch"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("description", "Now with Wi-Fi 7 access points", "startDate", "2027-04-01"))
                .patch("/api/projects/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("description", equalTo("Now with Wi-Fi 7 access points"))
                .body("startDate", equalTo("2027-04-01"))
                .body("type", equalTo("NETWORK_ROLLOUT"))
                .body("version", equalTo(1));

        asPm().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("budget", Map.of("amount", 99000, "currency", "USD")))
                .patch("/api/projects/{id}", id).then()
                .statusCode(200)
                .body("budget.currency", equalTo("USD"))
                .body("version", equalTo(2));
    }

    @Test
    void patchTellsAnAbsentMemberFromANullOneFromAValue() {
        UUID id = createProject(uniqueName("Merge patch"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"description\": \"Core and access layers\"}")
                .patch("/api/projects/{id}", id).then()
                .statusCode(200)
                .body("description", equalTo("Core and access layers"))
                .body("budget.amount", equalTo(120000.5f))
                .body("version", equalTo(1));

        asPm().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"description\": null, \"budget\": null}")
                .patch("/api/projects/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("description", nullValue())
                .body("budget", nullValue())
                .body("type", equalTo("NETWORK_ROLLOUT"))
                .body("startDate", equalTo("2027-03-01"));

        asPm().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{}")
                .patch("/api/projects/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"2\"");

        for (String required : List.of("name", "type", "startDate")) {
            asPm().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                    .body("{\"" + required + "\": null}")
                    .patch("/api/projects/{id}", id).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors", hasSize(1))
                    .body("errors[0].pointer", equalTo("/" + required))
                    .body("errors[0].message", equalTo("cannot be cleared: leave it out to keep the current value"));
        }
        asPm().get("/api/projects/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("name", startsWith("Merge patch"));
    }

    @Test
    void openApiDocumentsAPatchMemberAsItsValue() {
        var document = io.restassured.RestAssured.given().accept("application/json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> update = document.getMap("components.schemas.UpdateProject.properties");
        assertThat(update).containsOnlyKeys("name", "description", "type", "startDate", "budget");
        assertThat(document.getString("components.schemas.UpdateProject.properties.name.type")).isEqualTo("string");
        assertThat(document.getString("components.schemas.UpdateProject.properties.name.maxLength")).isEqualTo("200");
        assertThat(document.getString("components.schemas.UpdateProject.properties.startDate.format"))
                .isEqualTo("date");
        assertThat(document.getList("components.schemas.UpdateProject.properties.description.type"))
                .containsExactly("string", "null");
        assertThat(document.getString("components.schemas.UpdateProject.properties.type.$ref"))
                .as("%s", update).endsWith("/ProjectType");
        assertThat(document.getList("components.schemas.UpdateProject.properties.budget.type"))
                .containsExactly("object", "null");
        assertThat(document.getMap("components.schemas.UpdateProject.properties.budget.properties"))
                .containsOnlyKeys("amount", "currency");
    }

    @Test
    void openApiDocumentsEveryOperationWithProblemResponses() {
        var document = io.restassured.RestAssured.given().accept("application/json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        assertThat(paths).containsKeys("/api/projects", "/api/projects/{id}", "/api/projects/{projectId}/members");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKeys("400", "401", "403", "404", "500");
        }));
        assertThat(document.getMap("components.schemas")).containsKeys("Problem", "Project", "CreateProject");
        assertThat(document.getString("components.schemas.CreateProject.properties.name.examples[0]"))
                .as("CreateProject schema: %s", document.getMap("components.schemas.CreateProject"))
                .isNotBlank();
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        io.restassured.RestAssured.get("/q/health/ready").then().statusCode(200);
        io.restassured.RestAssured.get("/q/health/live").then().statusCode(200);
        io.restassured.RestAssured.get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("gantry_outbox_pending"));
    }
}
