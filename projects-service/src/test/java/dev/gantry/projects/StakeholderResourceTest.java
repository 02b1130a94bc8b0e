package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.gantry.projects.PmFixtures.addMember;
import static dev.gantry.projects.PmFixtures.move;
import static dev.gantry.projects.PmFixtures.stakeholderRows;
import static dev.gantry.projects.PmFixtures.with;
import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class StakeholderResourceTest {

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

    static Map<String, Object> priya() {
        return Map.ofEntries(Map.entry("kind", "PERSON"), Map.entry("name", "Priya Raman"),
                Map.entry("organisation", "Finance"), Map.entry("role", "Head of controlling"),
                Map.entry("email", "priya.raman@example.com"), Map.entry("phone", "+44 20 7946 0958"),
                Map.entry("interest", 5), Map.entry("influence", 4), Map.entry("currentEngagement", "NEUTRAL"),
                Map.entry("desiredEngagement", "SUPPORTIVE"), Map.entry("communication",
                        Map.of("channel", "MEETING", "frequency", "WEEKLY", "owner", "pm")));
    }

    static ValidatableResponse add(RequestSpecification as, UUID project, Object body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/projects/{id}/stakeholders", project).then();
    }

    static String addStakeholder(UUID project, Map<String, Object> body) {
        return add(asPm(), project, body).statusCode(201).extract().path("id");
    }

    @Test
    void addReadChangeAndRemoveAStakeholder() {
        UUID project = createProject(uniqueName("Stakeholders"));
        var created = add(asPm(), project, priya())
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("projectId", equalTo(project.toString()))
                .body("kind", equalTo("PERSON"))
                .body("name", equalTo("Priya Raman"))
                .body("interest", equalTo(5))
                .body("influence", equalTo(4))
                .body("quadrant", equalTo("MANAGE_CLOSELY"))
                .body("currentEngagement", equalTo("NEUTRAL"))
                .body("communication.channel", equalTo("MEETING"))
                .body("communication.frequency", equalTo("WEEKLY"))
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/projects/" + project + "/stakeholders/" + id);

        asPm().get("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(200).header("ETag", "\"0\"").body("email", equalTo("priya.raman@example.com"));
        asPm().header("If-None-Match", "\"0\"").get("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(304);

        // merge patch: absent fields stay, null clears an optional one, the quadrant follows the ratings
        asPm().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"interest\": 2, \"phone\": null, \"communication\": null}")
                .patch("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("interest", equalTo(2))
                .body("quadrant", equalTo("KEEP_SATISFIED"))
                .body("phone", nullValue())
                .body("communication", nullValue())
                .body("email", equalTo("priya.raman@example.com"))
                .body("name", equalTo("Priya Raman"));

        asPm().contentType(ContentType.JSON).body(Map.of("influence", 1))
                .patch("/api/projects/{p}/stakeholders/{s}", project, id).then().statusCode(428);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("influence", 1))
                .patch("/api/projects/{p}/stakeholders/{s}", project, id).then().statusCode(412);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("influence", 1))
                .patch("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(200).body("quadrant", equalTo("MONITOR"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("interest", 3))
                .patch("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(200).body("quadrant", equalTo("KEEP_INFORMED"));

        // no change, no new version, no event
        long events = outboxRows();
        asPm().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(Map.of("interest", 3))
                .patch("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(200).header("ETag", "\"3\"");
        assertThat(outboxRows()).isEqualTo(events);

        asPm().delete("/api/projects/{p}/stakeholders/{s}", project, id).then().statusCode(428);
        asPm().header("If-Match", "\"1\"").delete("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(412);
        asPm().header("If-Match", "\"3\"").delete("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(204);
        asPm().get("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theRegisterIsPagedSortedAndFilteredByQuadrant() {
        UUID project = createProject(uniqueName("Register"));
        addStakeholder(project, with(with(priya(), "name", "Alice"), "influence", 5));
        addStakeholder(project, with(with(with(priya(), "name", "Bob"), "interest", 1), "influence", 5));
        addStakeholder(project, with(with(with(priya(), "name", "Carol"), "interest", 4), "influence", 2));
        addStakeholder(project, Map.of("kind", "ORGANISATION", "name", "Regulator", "interest", 1, "influence", 1));
        UUID other = createProject(uniqueName("Other register"));
        addStakeholder(other, priya());

        asPm().queryParam("size", 3).get("/api/projects/{p}/stakeholders", project).then()
                .statusCode(200)
                .body("totalItems", equalTo(4))
                .body("size", equalTo(3))
                .body("items.name", contains("Alice", "Bob", "Carol"));
        asPm().queryParam("size", 3).queryParam("page", 1).get("/api/projects/{p}/stakeholders", project).then()
                .body("items.name", contains("Regulator"));
        asPm().queryParam("sort", "influence,desc").queryParam("sort", "name,desc")
                .get("/api/projects/{p}/stakeholders", project).then()
                .body("items.name", contains("Bob", "Alice", "Carol", "Regulator"));
        for (var expected : Map.of("MANAGE_CLOSELY", "Alice", "KEEP_SATISFIED", "Bob", "KEEP_INFORMED", "Carol",
                "MONITOR", "Regulator").entrySet()) {
            asPm().queryParam("quadrant", expected.getKey()).get("/api/projects/{p}/stakeholders", project).then()
                    .body("items.name", contains(expected.getValue()))
                    .body("items[0].quadrant", equalTo(expected.getKey()));
        }
        asPm().queryParam("kind", "ORGANISATION").get("/api/projects/{p}/stakeholders", project).then()
                .body("items.name", contains("Regulator"));
        asPm().queryParam("q", "FINANCE").get("/api/projects/{p}/stakeholders", project).then()
                .body("totalItems", equalTo(3));
        asPm().queryParam("q", "%").get("/api/projects/{p}/stakeholders", project).then()
                .body("totalItems", equalTo(0));
        asPm().queryParam("quadrant", "SOMEWHERE").get("/api/projects/{p}/stakeholders", project).then()
                .statusCode(400).contentType("application/problem+json");
        asPm().queryParam("sort", "email,asc").get("/api/projects/{p}/stakeholders", project).then()
                .statusCode(400).body("errors[0].parameter", equalTo("sort"));
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyAddsOnce() {
        UUID project = createProject(uniqueName("Idempotent stakeholder"));
        String key = UUID.randomUUID().toString();
        String first = asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(priya())
                .post("/api/projects/{p}/stakeholders", project).then().statusCode(201).extract().path("id");
        asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(priya())
                .post("/api/projects/{p}/stakeholders", project).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        asPm().get("/api/projects/{p}/stakeholders", project).then().body("totalItems", equalTo(1));
    }

    @Test
    void membersWriteViewersReadAndOutsidersSeeNothing() {
        UUID project = createProject(uniqueName("Stakeholder roles"));
        addMember(project, "viewer", "VIEWER");
        addMember(project, "dev", "MEMBER");
        String id = addStakeholder(project, priya());

        as("viewer", "viewer").get("/api/projects/{p}/stakeholders", project).then()
                .statusCode(200).body("totalItems", equalTo(1));
        as("viewer", "viewer").get("/api/projects/{p}/stakeholders/{s}", project, id).then().statusCode(200);
        long rows = stakeholderRows();
        add(as("viewer", "viewer"), project, priya()).statusCode(403).contentType("application/problem+json");
        as("viewer", "viewer").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("interest", 1))
                .patch("/api/projects/{p}/stakeholders/{s}", project, id).then().statusCode(403);
        as("viewer", "viewer").header("If-Match", "\"0\"")
                .delete("/api/projects/{p}/stakeholders/{s}", project, id).then().statusCode(403);
        assertThat(stakeholderRows()).isEqualTo(rows);

        String devs = add(as("dev", "member"), project, with(priya(), "name", "Dev's contact"))
                .statusCode(201).extract().path("id");
        as("dev", "member").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("interest", 1))
                .patch("/api/projects/{p}/stakeholders/{s}", project, id).then().statusCode(200);
        as("dev", "member").header("If-Match", "\"0\"")
                .delete("/api/projects/{p}/stakeholders/{s}", project, devs).then().statusCode(204);

        for (UUID p : new UUID[]{project, UUID.randomUUID()}) {
            as("outsider", "project-manager").get("/api/projects/{p}/stakeholders", p).then()
                    .statusCode(404).body("detail", equalTo("Project " + p + " was not found"));
            as("outsider", "project-manager").get("/api/projects/{p}/stakeholders/{s}", p, id).then()
                    .statusCode(404).body("detail", equalTo("Project " + p + " was not found"));
            add(as("outsider", "project-manager"), p, priya()).statusCode(404);
            as("outsider", "project-manager").contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(Map.of("interest", 1)).patch("/api/projects/{p}/stakeholders/{s}", p, id).then()
                    .statusCode(404);
            as("outsider", "project-manager").header("If-Match", "\"1\"")
                    .delete("/api/projects/{p}/stakeholders/{s}", p, id).then().statusCode(404);
        }
        // a stakeholder of another project is not reachable through this one
        UUID foreign = createProject(uniqueName("Foreign register"));
        asPm().get("/api/projects/{p}/stakeholders/{s}", foreign, id).then()
                .statusCode(404).body("detail", equalTo("Stakeholder " + id + " was not found"));
        as("boss", "pmo").get("/api/projects/{p}/stakeholders", project).then().statusCode(200);
        add(as("root", "admin"), project, with(priya(), "name", "Admin's contact")).statusCode(201);
    }

    @Test
    void theRegisterOfACancelledProjectIsReadOnly() {
        UUID project = createProject(uniqueName("Cancelled register"));
        String id = addStakeholder(project, priya());
        move(project, "CANCELLED", "Replaced by a vendor-managed service");
        add(asPm(), project, priya()).statusCode(409).contentType("application/problem+json");
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("interest", 1))
                .patch("/api/projects/{p}/stakeholders/{s}", project, id).then().statusCode(409);
        asPm().header("If-Match", "\"0\"").delete("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(409);
        asPm().get("/api/projects/{p}/stakeholders", project).then().statusCode(200).body("totalItems", equalTo(1));
    }

    static Stream<Arguments> invalidStakeholders() {
        return Stream.of(
                Arguments.of("missing kind", with(priya(), "kind", null), "/kind"),
                Arguments.of("unknown kind", with(priya(), "kind", "ROBOT"), "/kind"),
                Arguments.of("blank name", with(priya(), "name", "  "), "/name"),
                Arguments.of("name too long", with(priya(), "name", "x".repeat(201)), "/name"),
                Arguments.of("interest above 5", with(priya(), "interest", 6), "/interest"),
                Arguments.of("influence below 1", with(priya(), "influence", 0), "/influence"),
                Arguments.of("interest not a number", with(priya(), "interest", "high"), "/interest"),
                Arguments.of("interest a fraction", with(priya(), "interest", 2.5), "/interest"),
                Arguments.of("missing influence", with(priya(), "influence", null), "/influence"),
                Arguments.of("bad email", with(priya(), "email", "priya at example"), "/email"),
                Arguments.of("bad phone", with(priya(), "phone", "call me maybe"), "/phone"),
                Arguments.of("unknown engagement", with(priya(), "desiredEngagement", "ECSTATIC"),
                        "/desiredEngagement"),
                Arguments.of("plan without channel", with(priya(), "communication", Map.of("frequency", "WEEKLY")),
                        "/communication/channel"),
                Arguments.of("unknown frequency", with(priya(), "communication",
                        Map.of("channel", "EMAIL", "frequency", "HOURLY")), "/communication/frequency"),
                Arguments.of("unknown field", with(priya(), "salary", 100000), "/salary"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStakeholders")
    void invalidStakeholdersAreRejectedAndNothingIsWritten(String label, Map<String, Object> body, String pointer) {
        UUID project = createProject(uniqueName("Bad stakeholder"));
        long rows = stakeholderRows();
        long events = outboxRows();
        add(asPm(), project, body).statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer));
        assertThat(stakeholderRows()).isEqualTo(rows);
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void invalidPatchesChangeNothing() {
        UUID project = createProject(uniqueName("Bad patch"));
        String id = addStakeholder(project, priya());
        long events = outboxRows();
        for (String body : new String[]{"{\"name\": null}", "{\"interest\": null}", "{\"kind\": null}",
                "{\"interest\": 9}", "{\"name\": \"\"}", "{\"email\": \"nope\"}", "{\"nickname\": \"P\"}",
                "{\"interest\": \"5\"}", "[]"}) {
            asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                    .patch("/api/projects/{p}/stakeholders/{s}", project, id).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        for (String required : List.of("kind", "name", "interest", "influence")) {
            asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"" + required + "\": null}")
                    .patch("/api/projects/{p}/stakeholders/{s}", project, id).then()
                    .statusCode(400)
                    .body("errors", hasSize(1))
                    .body("errors[0].pointer", equalTo("/" + required))
                    .body("errors[0].message", equalTo("cannot be cleared: leave it out to keep the current value"));
        }
        asPm().get("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .body("version", equalTo(0)).body("interest", equalTo(5)).body("name", equalTo("Priya Raman"));
        assertThat(outboxRows()).isEqualTo(events);
        asPm().get("/api/projects/{p}/stakeholders/{s}", project, "not-a-uuid").then().statusCode(400);
    }

    @Test
    void changesArePublishedInOrder() throws Exception {
        UUID project = createProject(uniqueName("Stakeholder events"));
        String id = addStakeholder(project, priya());
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("interest", 2, "desiredEngagement", "LEADING"))
                .patch("/api/projects/{p}/stakeholders/{s}", project, id).then().statusCode(200);
        asPm().header("If-Match", "\"1\"").delete("/api/projects/{p}/stakeholders/{s}", project, id).then()
                .statusCode(204);

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.toString().equals(r.key()) && header(r, "ce_type").contains("stakeholder"),
                3, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                "dev.gantry.project.stakeholder-added.v1",
                "dev.gantry.project.stakeholder-updated.v1",
                "dev.gantry.project.stakeholder-removed.v1");
        JsonNode added = JSON.readTree(events.get(0).value());
        assertThat(added.path("stakeholder").path("stakeholderId").asText()).isEqualTo(id);
        assertThat(added.path("stakeholder").path("quadrant").asText()).isEqualTo("MANAGE_CLOSELY");
        assertThat(added.path("stakeholder").path("communication").path("channel").asText()).isEqualTo("MEETING");
        JsonNode updated = JSON.readTree(events.get(1).value());
        assertThat(updated.path("changedFields")).extracting(JsonNode::asText)
                .containsExactly("interest", "desiredEngagement");
        assertThat(updated.path("stakeholder").path("quadrant").asText()).isEqualTo("KEEP_SATISFIED");
        assertThat(updated.path("stakeholder").path("version").asLong()).isEqualTo(1);
        JsonNode removed = JSON.readTree(events.get(2).value());
        assertThat(removed.path("stakeholderId").asText()).isEqualTo(id);
        assertThat(header(events.get(2), "ce_actor")).isEqualTo(TestTokens.subjectOf("pm").toString());
    }
}
