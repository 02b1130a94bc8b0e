package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import static dev.gantry.projects.PmFixtures.charterRows;
import static dev.gantry.projects.PmFixtures.fullCharter;
import static dev.gantry.projects.PmFixtures.move;
import static dev.gantry.projects.PmFixtures.putCharter;
import static dev.gantry.projects.PmFixtures.with;
import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CharterResourceTest {

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

    @Test
    void firstPutCreatesTheCharterAndLaterPutsNeedItsETag() {
        UUID id = createProject(uniqueName("Charter"));
        asPm().get("/api/projects/{id}/charter", id).then()
                .statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Charter of project " + id + " was not found"));

        asPm().contentType(ContentType.JSON).body(fullCharter()).put("/api/projects/{id}/charter", id).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("projectId", equalTo(id.toString()))
                .body("scopeStatement", equalTo("Replace the core switches in all 42 branch offices."))
                .body("objectives[0].title", equalTo("Fewer network outages"))
                .body("objectives[0].kpis[0].target", equalTo(99.9f))
                .body("objectives[0].kpis[0].unit", equalTo("%"))
                .body("objectives[0].kpis[0].dueDate", equalTo("2027-12-31"))
                .body("objectives[0].kpis[0].currentValue", equalTo(98.7f))
                .body("deliverables[0].acceptanceCriteria", hasSize(2))
                .body("inScope", equalTo(List.of("Core switches", "Branch uplinks")))
                .body("outOfScope", equalTo(List.of("Wi-Fi access points")))
                .body("contingency.currency", equalTo("EUR"))
                .body("sponsor.name", equalTo("Dana Whitfield"))
                .body("priority", equalTo("HIGH"))
                .body("plannedEndDate", equalTo("2027-11-30"))
                .body("version", equalTo(0))
                .body("updatedBy", equalTo(TestTokens.subjectOf("pm").toString()));

        asPm().get("/api/projects/{id}/charter", id).then()
                .statusCode(200).header("ETag", "\"0\"")
                .body("deliverables[0].name", equalTo("New switches in production"));
        asPm().header("If-None-Match", "\"0\"").get("/api/projects/{id}/charter", id).then().statusCode(304);

        var changed = with(fullCharter(), "priority", "CRITICAL");
        asPm().contentType(ContentType.JSON).body(changed).put("/api/projects/{id}/charter", id).then()
                .statusCode(428).contentType("application/problem+json");
        asPm().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed)
                .put("/api/projects/{id}/charter", id).then().statusCode(412);
        asPm().contentType(ContentType.JSON).header("If-None-Match", "*").body(changed)
                .put("/api/projects/{id}/charter", id).then().statusCode(412);

        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/projects/{id}/charter", id).then()
                .statusCode(200).header("ETag", "\"1\"").body("priority", equalTo("CRITICAL"));

        // the replaced charter drops what the PUT leaves out
        var trimmed = with(with(changed, "outOfScope", null), "sponsor", null);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(trimmed)
                .put("/api/projects/{id}/charter", id).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("outOfScope", hasSize(0))
                .body("sponsor", nullValue());

        // the same content again changes nothing and publishes nothing
        long events = outboxRows();
        asPm().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(trimmed)
                .put("/api/projects/{id}/charter", id).then().statusCode(200).header("ETag", "\"2\"");
        assertThat(outboxRows()).isEqualTo(events);

        // the project's own version is untouched by charter edits
        asPm().get("/api/projects/{id}", id).then().body("version", equalTo(0));
    }

    static Stream<Arguments> invalidCharters() {
        Map<String, Object> kpi = Map.of("name", "Availability", "target", 99.9, "unit", "%");
        return Stream.of(
                Arguments.of("planned end before project start", with(fullCharter(), "plannedEndDate", "2027-02-28"),
                        "/plannedEndDate"),
                Arguments.of("KPI target not a number", with(fullCharter(), "objectives", List.of(Map.of(
                        "title", "t", "kpis", List.of(with(kpi, "target", "lots"))))), "/objectives/0/kpis/0/target"),
                Arguments.of("KPI target with a unit inside", with(fullCharter(), "objectives", List.of(Map.of(
                        "title", "t", "kpis", List.of(with(kpi, "target", "99%"))))), "/objectives/0/kpis/0/target"),
                Arguments.of("KPI without target", with(fullCharter(), "objectives", List.of(Map.of(
                        "title", "t", "kpis", List.of(with(kpi, "target", null))))), "/objectives/0/kpis/0/target"),
                Arguments.of("KPI due before project start", with(fullCharter(), "objectives", List.of(Map.of(
                        "title", "t", "kpis", List.of(with(kpi, "dueDate", "2026-12-31"))))),
                        "/objectives/0/kpis/0/dueDate"),
                Arguments.of("objective without title", with(fullCharter(), "objectives",
                        List.of(Map.of("kpis", List.of(kpi)))), "/objectives/0/title"),
                Arguments.of("deliverable after planned end", with(fullCharter(), "deliverables",
                        List.of(Map.of("name", "d", "dueDate", "2028-01-31"))), "/deliverables/0/dueDate"),
                Arguments.of("blank scope item", with(fullCharter(), "inScope", List.of("ok", " ")), "/inScope/1"),
                Arguments.of("contingency in another currency", with(fullCharter(), "contingency",
                        Map.of("amount", 10, "currency", "USD")), "/contingency/currency"),
                Arguments.of("negative contingency", with(fullCharter(), "contingency",
                        Map.of("amount", -10, "currency", "EUR")), "/contingency/amount"),
                Arguments.of("unknown priority", with(fullCharter(), "priority", "URGENT"), "/priority"),
                Arguments.of("sponsor without name", with(fullCharter(), "sponsor", Map.of("email", "a@b.example")),
                        "/sponsor/name"),
                Arguments.of("sponsor email invalid", with(fullCharter(), "sponsor",
                        Map.of("name", "n", "email", "not-an-email")), "/sponsor/email"),
                Arguments.of("unknown field", with(fullCharter(), "budget", Map.of("amount", 1, "currency", "EUR")),
                        "/budget"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCharters")
    void invalidChartersAreRejectedWithAPointerAndNothingIsWritten(String label, Map<String, Object> body,
                                                                   String pointer) {
        UUID id = createProject(uniqueName("Bad charter"));
        long charters = charterRows();
        long events = outboxRows();
        asPm().contentType(ContentType.JSON).body(body).put("/api/projects/{id}/charter", id).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer));
        assertThat(charterRows()).isEqualTo(charters);
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void malformedBodiesAreProblems() {
        UUID id = createProject(uniqueName("Malformed charter"));
        long charters = charterRows();
        for (String body : new String[]{"{\"scopeStatement\": ", "[]", "", "{\"objectives\": {}}"}) {
            asPm().contentType(ContentType.JSON).body(body).put("/api/projects/{id}/charter", id).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        assertThat(charterRows()).isEqualTo(charters);
    }

    @Test
    void membersReadTheCharterOnlyManagersChangeItAndOutsidersSeeNothing() {
        UUID id = createProject(uniqueName("Charter roles"));
        addMember(id, "viewer", "VIEWER");
        addMember(id, "dev", "MEMBER");
        putCharter(id, fullCharter());

        for (String user : new String[]{"viewer", "dev"}) {
            as(user, "member").get("/api/projects/{id}/charter", id).then().statusCode(200);
            as(user, "member").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(with(fullCharter(), "priority", "LOW")).put("/api/projects/{id}/charter", id).then()
                    .statusCode(403).contentType("application/problem+json");
        }
        for (UUID project : new UUID[]{id, UUID.randomUUID()}) {
            as("outsider", "project-manager").get("/api/projects/{id}/charter", project).then()
                    .statusCode(404).body("detail", equalTo("Project " + project + " was not found"));
            as("outsider", "project-manager").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(fullCharter()).put("/api/projects/{id}/charter", project).then().statusCode(404);
        }
        as("boss", "pmo").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(fullCharter(), "priority", "LOW")).put("/api/projects/{id}/charter", id).then()
                .statusCode(200).body("priority", equalTo("LOW"))
                .body("updatedBy", equalTo(TestTokens.subjectOf("boss").toString()));
        as("root", "admin").get("/api/projects/{id}/charter", id).then().statusCode(200);
    }

    @Test
    void theCharterOfACancelledProjectNoLongerChanges() {
        UUID id = createProject(uniqueName("Cancelled charter"));
        putCharter(id, fullCharter());
        move(id, "CANCELLED", "Merged into the WAN programme");
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(with(fullCharter(), "priority", "LOW"))
                .put("/api/projects/{id}/charter", id).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CANCELLED"));
        asPm().get("/api/projects/{id}/charter", id).then().body("priority", equalTo("HIGH"));
    }

    @Test
    void everyChangePublishesTheWholeCharter() throws Exception {
        UUID id = createProject(uniqueName("Charter events"));
        putCharter(id, fullCharter());
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(with(fullCharter(), "priority", "LOW"))
                .put("/api/projects/{id}/charter", id).then().statusCode(200);

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(Topics.PROJECTS,
                r -> id.toString().equals(r.key())
                        && "dev.gantry.project.charter-updated.v1".equals(header(r, "ce_type")),
                2, Duration.ofSeconds(20));
        assertThat(header(events.get(0), "ce_subject")).isEqualTo(id.toString());
        assertThat(header(events.get(0), "ce_actor")).isEqualTo(TestTokens.subjectOf("pm").toString());
        JsonNode first = JSON.readTree(events.get(0).value());
        assertThat(first.path("version").asLong()).isZero();
        assertThat(first.path("priority").asText()).isEqualTo("HIGH");
        assertThat(first.path("objectives").get(0).path("kpis").get(0).path("target").decimalValue())
                .isEqualByComparingTo("99.9");
        assertThat(first.path("deliverables").get(0).path("acceptanceCriteria")).hasSize(2);
        assertThat(first.path("contingency").path("amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(first.path("sponsor").path("email").asText()).isEqualTo("dana.whitfield@example.com");
        JsonNode second = JSON.readTree(events.get(1).value());
        assertThat(second.path("version").asLong()).isEqualTo(1);
        assertThat(second.path("priority").asText()).isEqualTo("LOW");
    }
}
