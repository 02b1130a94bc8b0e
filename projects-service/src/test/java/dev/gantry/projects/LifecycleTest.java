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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.PmFixtures.addMember;
import static dev.gantry.projects.PmFixtures.fullCharter;
import static dev.gantry.projects.PmFixtures.move;
import static dev.gantry.projects.PmFixtures.projectEtag;
import static dev.gantry.projects.PmFixtures.putCharter;
import static dev.gantry.projects.PmFixtures.saveBaseline;
import static dev.gantry.projects.PmFixtures.with;
import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class LifecycleTest {

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

    private static ValidatableResponse transition(UUID project, String ifMatch, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        var request = asPm().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/projects/{id}/transitions", project).then();
    }

    private static String status(UUID project) {
        return asPm().get("/api/projects/{id}", project).then().extract().path("status");
    }

    @Test
    void initiatingToPlanningNeedsACompleteCharterAndListsEveryUnmetCriterion() {
        UUID id = createProject(uniqueName("Gate 1"));
        long events = outboxRows();

        transition(id, "\"0\"", "PLANNING", null)
                .statusCode(409).contentType("application/problem+json")
                .body("reasons", containsInAnyOrder(
                        "Gate criterion not met: the charter has a scope statement",
                        "Gate criterion not met: the charter has at least one objective",
                        "Gate criterion not met: every objective has at least one KPI",
                        "Gate criterion not met: the charter names a sponsor"));

        putCharter(id, with(with(fullCharter(), "sponsor", null), "objectives",
                List.of(Map.of("title", "Fewer outages"))));
        transition(id, "\"0\"", "PLANNING", null)
                .statusCode(409)
                .body("reasons", containsInAnyOrder(
                        "Gate criterion not met: every objective has at least one KPI",
                        "Gate criterion not met: the charter names a sponsor"));

        asPm().get("/api/projects/{id}/gates", id).then()
                .statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("INITIATING"))
                .body("next.to", contains("PLANNING", "CANCELLED"))
                .body("next[0].kind", equalTo("GATE"))
                .body("next[0].allowed", equalTo(false))
                .body("next[0].criteria.code", contains("CHARTER_SCOPE_STATEMENT", "CHARTER_OBJECTIVE",
                        "OBJECTIVES_MEASURABLE", "CHARTER_SPONSOR"))
                .body("next[0].criteria.met", contains(true, true, false, false))
                .body("next[1].allowed", equalTo(true));
        assertThat(status(id)).isEqualTo("INITIATING");
        assertThat(outboxRows()).as("only the charter was published").isEqualTo(events + 1);

        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fullCharter())
                .put("/api/projects/{id}/charter", id).then().statusCode(200);
        transition(id, "\"0\"", "PLANNING", "Charter approved by the steering committee")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("from", equalTo("INITIATING"))
                .body("to", equalTo("PLANNING"))
                .body("reason", equalTo("Charter approved by the steering committee"))
                .body("version", equalTo(1));
        asPm().get("/api/projects/{id}", id).then().body("status", equalTo("PLANNING")).header("ETag", "\"1\"");
    }

    @Test
    void planningToExecutingNeedsABudgetAPlannedEndDateAndABaseline() {
        String id = asPm().contentType(ContentType.JSON)
                .body(Map.of("name", uniqueName("No budget"), "type", "GENERIC", "startDate", "2027-03-01"))
                .post("/api/projects").then().statusCode(201).extract().path("id");
        UUID project = UUID.fromString(id);
        putCharter(project, with(fullCharter(), "contingency", null));
        move(project, "PLANNING", null);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(with(fullCharter(), "contingency", null), "plannedEndDate", null))
                .put("/api/projects/{id}/charter", project).then().statusCode(200);

        transition(project, projectEtag(project), "EXECUTING", null)
                .statusCode(409)
                .body("reasons", containsInAnyOrder(
                        "Gate criterion not met: the project has a budget greater than zero",
                        "Gate criterion not met: the charter has a planned end date",
                        "Gate criterion not met: the project has a saved baseline"));
        asPm().get("/api/projects/{id}/gates", project).then()
                .body("next[0].criteria.code", contains("MANAGER", "BUDGET", "CHARTER_PLANNED_END_DATE", "BASELINE"))
                .body("next[0].criteria.met", contains(true, false, false, false));
        saveBaseline(project, "Approved plan");

        asPm().contentType(ContentType.JSON).header("If-Match", projectEtag(project))
                .body(Map.of("budget", Map.of("amount", 50000, "currency", "EUR")))
                .patch("/api/projects/{id}", project).then().statusCode(200);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(with(fullCharter(), "contingency", null))
                .put("/api/projects/{id}/charter", project).then().statusCode(200);
        transition(project, projectEtag(project), "EXECUTING", null).statusCode(200).body("to", equalTo("EXECUTING"));
    }

    @Test
    void holdResumesWhereTheProjectWasAndClosureMustBeRequested() {
        UUID id = createProject(uniqueName("Hold"));
        putCharter(id, fullCharter());
        move(id, "PLANNING", null);
        saveBaseline(id, "Approved plan");
        move(id, "EXECUTING", null);

        transition(id, projectEtag(id), "ON_HOLD", null)
                .statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem("/reason"));
        transition(id, projectEtag(id), "ON_HOLD", "Vendor insolvency; waiting for the new supplier")
                .statusCode(200).body("from", equalTo("EXECUTING"));
        asPm().get("/api/projects/{id}/gates", id).then()
                .body("status", equalTo("ON_HOLD"))
                .body("resumesTo", equalTo("EXECUTING"))
                .body("next.to", contains("EXECUTING", "CANCELLED"))
                .body("next.kind", contains("RESUME", "CANCEL"));
        transition(id, projectEtag(id), "PLANNING", null)
                .statusCode(409)
                .body("reasons[0]", equalTo("A project in ON_HOLD cannot move to PLANNING; it can move to EXECUTING,"
                        + " CANCELLED"));
        transition(id, projectEtag(id), "EXECUTING", "New supplier signed").statusCode(200);
        asPm().get("/api/projects/{id}/gates", id).then().body("resumesTo", nullValue());

        move(id, "CLOSING", null);
        transition(id, projectEtag(id), "CLOSED", null)
                .statusCode(409)
                .body("reasons", hasSize(1))
                .body("reasons[0]", containsString("closed by requesting its closure"));
        assertThat(status(id)).isEqualTo("CLOSING");

        move(id, "CANCELLED", "Budget withdrawn");
        transition(id, projectEtag(id), "PLANNING", null)
                .statusCode(409).body("reasons[0]", equalTo("The project is CANCELLED; that is final"));
        asPm().get("/api/projects/{id}/gates", id).then().body("next", hasSize(0));
    }

    @Test
    void illegalMovesAreConflictsNamingTheReachableStates() {
        UUID id = createProject(uniqueName("Illegal"));
        transition(id, "\"0\"", "EXECUTING", null)
                .statusCode(409)
                .body("reasons", contains("A project in INITIATING cannot move to EXECUTING; it can move to"
                        + " PLANNING, CANCELLED"));
        transition(id, "\"0\"", "ON_HOLD", "Just because")
                .statusCode(409).body("reasons[0]", containsString("cannot move to ON_HOLD"));
        transition(id, "\"0\"", "INITIATING", null)
                .statusCode(409).body("reasons", contains("The project is already INITIATING"));
        transition(id, "\"0\"", "DONE", null)
                .statusCode(400).body("errors.pointer", hasItem("/to"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .post("/api/projects/{id}/transitions", id).then()
                .statusCode(400).body("errors.pointer", hasItem("/to"));
        transition(id, "\"0\"", "CANCELLED", "x".repeat(2001))
                .statusCode(400).body("errors.pointer", hasItem("/reason"));
        assertThat(status(id)).isEqualTo("INITIATING");
    }

    @Test
    void transitionsNeedTheProjectsCurrentETag() {
        UUID id = createProject(uniqueName("Stale"));
        transition(id, null, "CANCELLED", "Duplicate project").statusCode(428);
        transition(id, "\"3\"", "CANCELLED", "Duplicate project").statusCode(412);
        assertThat(status(id)).isEqualTo("INITIATING");
        transition(id, "\"0\"", "CANCELLED", "Duplicate project").statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void onlyManagersMoveProjectsMembersSeeTheGatesAndOutsidersSeeNothing() {
        UUID id = createProject(uniqueName("Lifecycle roles"));
        addMember(id, "viewer", "VIEWER");
        addMember(id, "dev", "MEMBER");
        for (String user : new String[]{"viewer", "dev"}) {
            as(user, "member").get("/api/projects/{id}/gates", id).then().statusCode(200);
            as(user, "member").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("to", "CANCELLED", "reason", "mine")).post("/api/projects/{id}/transitions", id)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        for (UUID project : new UUID[]{id, UUID.randomUUID()}) {
            as("outsider", "project-manager").get("/api/projects/{id}/gates", project).then().statusCode(404);
            as("outsider", "project-manager").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("to", "CANCELLED", "reason", "mine")).post("/api/projects/{id}/transitions", project)
                    .then().statusCode(404);
        }
        assertThat(status(id)).isEqualTo("INITIATING");
        as("boss", "pmo").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("to", "CANCELLED", "reason", "Portfolio review")).post("/api/projects/{id}/transitions", id)
                .then().statusCode(200);
    }

    @Test
    void everyMovePublishesProjectStatusChanged() throws Exception {
        UUID id = createProject(uniqueName("Status events"));
        putCharter(id, fullCharter());
        move(id, "PLANNING", "Charter approved");
        move(id, "ON_HOLD", "Waiting for funding");

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(Topics.PROJECTS,
                r -> id.toString().equals(r.key())
                        && "dev.gantry.project.status-changed.v1".equals(header(r, "ce_type")),
                2, Duration.ofSeconds(20));
        JsonNode first = JSON.readTree(events.get(0).value());
        assertThat(first.path("projectId").asText()).isEqualTo(id.toString());
        assertThat(first.path("from").asText()).isEqualTo("INITIATING");
        assertThat(first.path("to").asText()).isEqualTo("PLANNING");
        assertThat(first.path("reason").asText()).isEqualTo("Charter approved");
        assertThat(first.path("version").asLong()).isEqualTo(1);
        JsonNode second = JSON.readTree(events.get(1).value());
        assertThat(second.path("from").asText()).isEqualTo("PLANNING");
        assertThat(second.path("to").asText()).isEqualTo("ON_HOLD");
        assertThat(second.path("version").asLong()).isEqualTo(2);
        assertThat(header(events.get(1), "ce_actor")).isEqualTo(TestTokens.subjectOf("pm").toString());
    }
}
