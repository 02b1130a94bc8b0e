package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.count;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TemplateResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(GantryTestResources.kafka());
    }

    @AfterAll
    static void disconnect() {
        if (kafka != null) {
            kafka.close();
        }
    }

    static RequestSpecification asPmo() {
        return as("pmo", "pmo");
    }

    static Map<String, Object> template(String code, List<Object> tasks, List<Object> dependencies) {
        return Map.of("code", code, "name", "Firewall replacement", "description", "Replace the perimeter firewalls",
                "projectType", "NETWORK_ROLLOUT", "riskChecklist", "it-network-rollout",
                "definition", Map.of("phases", List.of(Map.of("key", "work", "name", "Work", "tasks", tasks)),
                        "dependencies", dependencies));
    }

    static Map<String, Object> task(String key, Object days) {
        return Map.of("key", key, "name", "Task " + key, "durationDays", days);
    }

    static Map<String, Object> link(String from, String to) {
        return Map.of("predecessor", from, "successor", to);
    }

    static ValidatableResponse post(RequestSpecification as, Object body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/projects/templates").then();
    }

    @Test
    void everyoneSeesTheBuiltInTemplates() {
        as("viewer", "viewer").get("/api/projects/templates").then().statusCode(200)
                .body("code", hasItems("SOFTWARE_DEVELOPMENT", "NETWORK_ROLLOUT", "SYSTEM_UPGRADE",
                        "INFRASTRUCTURE_MIGRATION", "GENERIC"))
                .body("find { it.code == 'SYSTEM_UPGRADE' }.builtIn", equalTo(true));
        asPm().get("/api/projects/templates/SYSTEM_UPGRADE").then().statusCode(200).header("ETag", "\"0\"")
                .body("riskChecklist", equalTo("it-system-upgrade"))
                .body("projectType", equalTo("SYSTEM_UPGRADE"))
                .body("definition.phases.key", hasItems("assess", "test", "cutover"))
                .body("definition.dependencies.type", hasItem("SS"));
        asPm().get("/api/projects/templates/NO_SUCH").then().statusCode(404);
    }

    @Test
    void thePmoKeepsItsOwnTemplates() {
        String code = "FW_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = template(code, List.of(task("a", 2), task("b", 3)), List.of(link("a", "b")));
        as("viewer", "viewer").contentType(ContentType.JSON).body(body).post("/api/projects/templates").then()
                .statusCode(403);
        post(asPm(), body).statusCode(403);
        post(asPmo().header("Idempotency-Key", UUID.randomUUID().toString()), body).statusCode(201)
                .header("Location", startsWith("http")).header("ETag", "\"0\"").body("builtIn", equalTo(false));
        post(asPmo(), body).statusCode(409);

        Map<String, Object> changed = template(code, List.of(task("a", 4), task("b", 1.5)), List.of(link("a", "b")));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/projects/templates/{code}", code).then().statusCode(403);
        asPmo().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/projects/templates/{code}", code).then().statusCode(200).header("ETag", "\"1\"")
                .body("definition.phases[0].tasks[0].durationDays", equalTo(4));
        asPmo().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/projects/templates/{code}", code).then().statusCode(412);

        asPm().header("If-Match", "\"1\"").delete("/api/projects/templates/{code}", code).then().statusCode(403);
        asPmo().header("If-Match", "\"1\"").delete("/api/projects/templates/{code}", code).then().statusCode(204);
        asPmo().get("/api/projects/templates/{code}", code).then().statusCode(404);
    }

    @Test
    void templateChangesArePublishedKeyedByTheirCode() throws Exception {
        String code = "EV_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        post(asPmo(), template(code, List.of(task("a", 2), Map.of("key", "m", "name", "Done", "durationDays", 0,
                "milestone", true)), List.of(link("a", "m")))).statusCode(201);
        asPmo().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(template(code, List.of(task("a", 2)), List.of()))
                .put("/api/projects/templates/{code}", code).then().statusCode(200);
        asPmo().header("If-Match", "\"1\"").delete("/api/projects/templates/{code}", code).then().statusCode(204);

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(Topics.PROJECTS,
                r -> ("template:" + code).equals(r.key()), 3, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                "dev.gantry.project.template-saved.v1", "dev.gantry.project.template-saved.v1",
                "dev.gantry.project.template-deleted.v1");
        JsonNode created = JSON.readTree(events.get(0).value());
        assertThat(created.path("created").asBoolean()).isTrue();
        assertThat(created.path("template").path("code").asText()).isEqualTo(code);
        assertThat(created.path("template").path("riskChecklist").asText()).isEqualTo("it-network-rollout");
        assertThat(created.path("template").path("tasks").asInt()).isEqualTo(2);
        assertThat(created.path("template").path("milestones").asInt()).isEqualTo(1);
        assertThat(created.path("template").path("dependencies").asInt()).isEqualTo(1);
        JsonNode replaced = JSON.readTree(events.get(1).value());
        assertThat(replaced.path("created").asBoolean()).isFalse();
        assertThat(replaced.path("template").path("version").asLong()).isEqualTo(1);
        assertThat(replaced.path("template").path("milestones").asInt()).isZero();
        assertThat(JSON.readTree(events.get(2).value()).path("code").asText()).isEqualTo(code);
    }

    @Test
    void builtInTemplatesCannotBeDeleted() {
        String etag = asPmo().get("/api/projects/templates/GENERIC").then().statusCode(200).extract().header("ETag");
        as("admin", "admin").header("If-Match", etag).delete("/api/projects/templates/GENERIC").then().statusCode(409);
    }

    @Test
    void invalidDefinitionsAreRejectedWithPointers() {
        post(asPmo(), template("BAD_KEYS", List.of(task("a", 1), task("a", -1)), List.of(link("a", "zz"))))
                .statusCode(400)
                .body("errors.pointer", hasItems("/definition/phases/0/tasks/1/key",
                        "/definition/phases/0/tasks/1/durationDays", "/definition/dependencies/0/successor"));
        post(asPmo(), template("BAD_CYCLE", List.of(task("a", 1), task("b", 1), task("c", 1)),
                List.of(link("a", "b"), link("b", "c"), link("c", "a"))))
                .statusCode(400).body("errors.pointer", hasItem("/definition/dependencies"));
        // a cycle through a phase and a task of another phase: the engine hands phase links down to their tasks
        Map<String, Object> throughPhases = Map.of("code", "BAD_PHASE_CYCLE", "name", "Phase cycle",
                "projectType", "GENERIC", "riskChecklist", "it-generic",
                "definition", Map.of("phases", List.of(
                                Map.of("key", "A", "name", "Phase A", "tasks", List.of(task("a1", 1))),
                                Map.of("key", "B", "name", "Phase B", "tasks", List.of(task("b1", 1)))),
                        "dependencies", List.of(link("A", "B"), link("b1", "A"))));
        post(asPmo(), throughPhases).statusCode(400)
                .body("errors.pointer", hasItem("/definition/dependencies"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("cycle")));
        assertThat(count("select count(*) from project_template where code like 'BAD_%'")).isZero();
    }

    @Test
    void aProjectFromTheSystemUpgradeTemplateIsScheduledFromItsStart() throws Exception {
        Map<String, Object> body = Map.of("name", uniqueName("ERP upgrade"), "type", "SYSTEM_UPGRADE",
                "startDate", "2027-01-11", "templateCode", "SYSTEM_UPGRADE");
        String id = asPm().contentType(ContentType.JSON).body(body).post("/api/projects").then().statusCode(201)
                .extract().path("id");
        UUID project = UUID.fromString(id);

        assertThat(count("select count(*) from schedule_task where project_id = ?", project)).isEqualTo(24);
        ValidatableResponse schedule = asPm().get("/api/projects/{id}/schedule", project).then().statusCode(200)
                .body("start", startsWith("2027-01-11"))
                .body("tasks.name", hasItems("Assessment", "Regression testing", "Upgrade production",
                        "Live on the new release"))
                .body("tasks.find { it.name == 'Cut-over' }.summary", equalTo(true))
                .body("tasks.find { it.name == 'Go-live approved' }.milestone", equalTo(true))
                .body("tasks.find { it.name == 'Project kick-off' }.start", startsWith("2027-01-11"))
                .body("tasks.find { it.name == 'Upgrade production' }.critical", equalTo(true));
        // Two tasks run beside the critical chain; every other task of the 24, summaries included, is on it.
        List<String> notCritical = schedule.extract().path("tasks.findAll { !it.critical }.name");
        assertThat(notCritical).containsExactly("Backup and restore rehearsal", "Performance testing");

        asPm().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "type", "GENERIC", "startDate", "2027-01-11", "templateCode", "NO_SUCH"))
                .post("/api/projects").then().statusCode(400);

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(Topics.PROJECTS,
                r -> id.equals(r.key()) && "dev.gantry.project.template-applied.v1".equals(header(r, "ce_type")),
                1, Duration.ofSeconds(20));
        JsonNode data = JSON.readTree(events.get(0).value());
        assertThat(data.path("templateCode").asText()).isEqualTo("SYSTEM_UPGRADE");
        assertThat(data.path("riskChecklist").asText()).isEqualTo("it-system-upgrade");
        assertThat(data.path("projectType").asText()).isEqualTo("SYSTEM_UPGRADE");
        List<String> types = kafka.readAll(Topics.PROJECTS).stream().filter(r -> id.equals(r.key()))
                .map(r -> header(r, "ce_type")).toList();
        assertThat(types.get(0)).isEqualTo("dev.gantry.project.created.v1");
        assertThat(types).as("the template's plan is scheduled once")
                .containsOnlyOnce("dev.gantry.project.schedule-changed.v2");
        assertThat(kafka.readAll(Topics.PROJECT_SCHEDULES).stream().filter(r -> id.equals(r.key()))
                .map(r -> header(r, "ce_type"))).as("one schedule version")
                .containsExactly("dev.gantry.project.schedule-version.v2");
    }
}
