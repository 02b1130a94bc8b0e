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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.gantry.projects.PmFixtures.addMember;
import static dev.gantry.projects.PmFixtures.move;
import static dev.gantry.projects.PmFixtures.with;
import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.create;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.newProject;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class LessonResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Random RANDOM = new Random();
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

    /** A word no other test writes, so that searches see only this test's lessons. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    static Map<String, Object> firewallLesson() {
        Map<String, Object> lesson = new HashMap<>();
        lesson.put("title", "Freeze the firewall change window early");
        lesson.put("outcome", "WENT_BADLY");
        lesson.put("category", "VENDOR");
        lesson.put("impact", "HIGH");
        lesson.put("description", "The carrier's change window for the core firewall was only confirmed four days"
                + " before cut-over, which pushed the migration of two sites by a week.");
        lesson.put("recommendation", "Book the carrier's change window when the plan is baselined.");
        lesson.put("tags", List.of("Firewall", "carrier", "firewall "));
        return lesson;
    }

    static ValidatableResponse record(RequestSpecification as, UUID project, Object body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/projects/{p}/lessons", project).then();
    }

    static String recordLesson(UUID project, Map<String, Object> body) {
        return record(asPm(), project, body).statusCode(201).extract().path("id");
    }

    static long lessonRows() {
        return ProjectsApi.count("select count(*) from lesson");
    }

    @Test
    void recordReadReplaceAndRemoveALessonWithItsEvents() throws Exception {
        UUID project = createProject(uniqueName("Lessons"));
        var created = record(asPm(), project, firewallLesson())
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("projectId", equalTo(project.toString()))
                .body("title", equalTo("Freeze the firewall change window early"))
                .body("outcome", equalTo("WENT_BADLY"))
                .body("category", equalTo("VENDOR"))
                .body("impact", equalTo("HIGH"))
                .body("tags", contains("firewall", "carrier"))
                .body("recordedBy", equalTo(TestTokens.subjectOf("pm").toString()))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/projects/" + project + "/lessons/" + id);
        asPm().get("/api/projects/{p}/lessons/{l}", project, id).then()
                .statusCode(200).header("ETag", "\"0\"").body("recommendation", equalTo(
                        "Book the carrier's change window when the plan is baselined."));
        asPm().header("If-None-Match", "\"0\"").get("/api/projects/{p}/lessons/{l}", project, id).then()
                .statusCode(304);

        Map<String, Object> changed = with(with(firewallLesson(), "impact", "MEDIUM"), "recommendation", null);
        asPm().contentType(ContentType.JSON).body(changed).put("/api/projects/{p}/lessons/{l}", project, id).then()
                .statusCode(428);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/projects/{p}/lessons/{l}", project, id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("impact", equalTo("MEDIUM")).body("recommendation", nullValue());
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(firewallLesson())
                .put("/api/projects/{p}/lessons/{l}", project, id).then().statusCode(412);
        long events = outboxRows();
        asPm().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed)
                .put("/api/projects/{p}/lessons/{l}", project, id).then().statusCode(200).header("ETag", "\"1\"");
        assertThat(outboxRows()).as("an unchanged lesson publishes nothing").isEqualTo(events);

        asPm().header("If-Match", "\"0\"").delete("/api/projects/{p}/lessons/{l}", project, id).then()
                .statusCode(412);
        asPm().header("If-Match", "\"1\"").delete("/api/projects/{p}/lessons/{l}", project, id).then()
                .statusCode(204);
        asPm().get("/api/projects/{p}/lessons/{l}", project, id).then()
                .statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Lesson " + id + " was not found"));

        List<ConsumerRecord<String, String>> published = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.toString().equals(r.key()) && header(r, "ce_type").contains(".lesson-"),
                3, Duration.ofSeconds(20));
        assertThat(published).extracting(r -> header(r, "ce_type")).containsExactly(
                "dev.gantry.project.lesson-recorded.v1",
                "dev.gantry.project.lesson-updated.v1",
                "dev.gantry.project.lesson-removed.v1");
        JsonNode recorded = JSON.readTree(published.get(0).value());
        assertThat(recorded.path("lesson").path("lessonId").asText()).isEqualTo(id);
        assertThat(recorded.path("lesson").path("category").asText()).isEqualTo("VENDOR");
        assertThat(recorded.path("lesson").path("tags")).extracting(JsonNode::asText)
                .containsExactly("firewall", "carrier");
        JsonNode updated = JSON.readTree(published.get(1).value());
        assertThat(updated.path("changedFields")).extracting(JsonNode::asText)
                .containsExactly("impact", "recommendation");
        assertThat(updated.path("lesson").path("version").asLong()).isEqualTo(1);
        assertThat(JSON.readTree(published.get(2).value()).path("lessonId").asText()).isEqualTo(id);
        assertThat(header(published.get(2), "ce_actor")).isEqualTo(TestTokens.subjectOf("pm").toString());
    }

    @Test
    void lessonsAreSearchedAcrossTheProjectsTheCallerCanSee() {
        String word = uniqueWord();
        UUID network = createProject(uniqueName("Branch network"));
        UUID upgrade = create(asPm(), with(newProject(uniqueName("ERP upgrade")), "type", "SYSTEM_UPGRADE"))
                .statusCode(201).extract().path("id") instanceof String s ? UUID.fromString(s) : null;
        UUID foreign = create(as("other-pm", "project-manager"), newProject(uniqueName("Not pm's")))
                .statusCode(201).extract().path("id") instanceof String s ? UUID.fromString(s) : null;

        String inTitle = recordLesson(network, with(firewallLesson(), "title", "Firewall outages during " + word));
        String inText = recordLesson(upgrade, with(with(with(firewallLesson(), "title", "Plan the data freeze"),
                "description", "A firewall outage hit the " + word + " cut-over"), "category", "TECHNICAL"));
        String wentWell = recordLesson(network, with(with(with(with(firewallLesson(), "title", "Pilot site first"),
                "description", "Starting with one " + word + " site caught the config errors"),
                "outcome", "WENT_WELL"), "tags", List.of("pilot")));
        String hidden = record(as("other-pm", "project-manager"), foreign,
                with(firewallLesson(), "title", "Firewall " + word)).statusCode(201).extract().path("id");

        // stemming: "outage" finds "outages", ranked title matches first; pm does not see other-pm's project
        asPm().queryParam("q", word + " outage").get("/api/projects/lessons").then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.lesson.id", contains(inTitle, inText))
                .body("items[0].project.id", equalTo(network.toString()))
                .body("items[0].project.type", equalTo("NETWORK_ROLLOUT"))
                .body("items[1].project.type", equalTo("SYSTEM_UPGRADE"));
        asPm().queryParam("q", word).get("/api/projects/lessons").then()
                .body("items.lesson.id", containsInAnyOrder(inTitle, inText, wentWell));
        as("boss", "pmo").queryParam("q", word).get("/api/projects/lessons").then()
                .body("items.lesson.id", containsInAnyOrder(inTitle, inText, wentWell, hidden));
        as("root", "admin").queryParam("q", word).queryParam("size", 1).get("/api/projects/lessons").then()
                .body("totalItems", equalTo(4)).body("items", org.hamcrest.Matchers.hasSize(1));
        as("stranger", "member").queryParam("q", word).get("/api/projects/lessons").then()
                .statusCode(200).body("totalItems", equalTo(0));

        // filters
        asPm().queryParam("q", word).queryParam("projectType", "SYSTEM_UPGRADE").get("/api/projects/lessons").then()
                .body("items.lesson.id", contains(inText));
        asPm().queryParam("q", word).queryParam("outcome", "WENT_WELL").get("/api/projects/lessons").then()
                .body("items.lesson.id", contains(wentWell));
        asPm().queryParam("q", word).queryParam("category", "TECHNICAL").get("/api/projects/lessons").then()
                .body("items.lesson.id", contains(inText));
        asPm().queryParam("q", word).queryParam("tag", "PILOT").get("/api/projects/lessons").then()
                .body("items.lesson.id", contains(wentWell));
        asPm().queryParam("q", word + " -outage").get("/api/projects/lessons").then()
                .body("items.lesson.id", contains(wentWell));
        asPm().queryParam("q", word).queryParam("sort", "title,asc").get("/api/projects/lessons").then()
                .body("items.lesson.title", contains("Firewall outages during " + word, "Pilot site first",
                        "Plan the data freeze"));

        // the same search inside one project
        asPm().queryParam("q", word).get("/api/projects/{p}/lessons", network).then()
                .statusCode(200).body("items.id", containsInAnyOrder(inTitle, wentWell));
        asPm().queryParam("outcome", "WENT_BADLY").get("/api/projects/{p}/lessons", network).then()
                .body("items.id", contains(inTitle));

        // bad queries
        asPm().queryParam("sort", "relevance,desc").get("/api/projects/lessons").then()
                .statusCode(400).body("errors[0].parameter", equalTo("sort"));
        asPm().queryParam("sort", "description,asc").get("/api/projects/lessons").then().statusCode(400);
        asPm().queryParam("category", "WEATHER").get("/api/projects/lessons").then()
                .statusCode(400).contentType("application/problem+json");
        asPm().queryParam("projectType", "SPACE_MISSION").get("/api/projects/lessons").then().statusCode(400);
        asPm().queryParam("q", "x".repeat(201)).get("/api/projects/lessons").then().statusCode(400);
        asPm().queryParam("q", "!!! & | :*").get("/api/projects/lessons").then().statusCode(200);
        asPm().queryParam("size", 500).get("/api/projects/lessons").then().statusCode(400);
        io.restassured.RestAssured.given().get("/api/projects/lessons").then().statusCode(401);
    }

    @Test
    void membersRecordViewersReadOutsidersSeeNothing() {
        UUID project = createProject(uniqueName("Lesson roles"));
        addMember(project, "viewer", "VIEWER");
        addMember(project, "dev", "MEMBER");
        String id = recordLesson(project, firewallLesson());

        as("viewer", "viewer").get("/api/projects/{p}/lessons", project).then()
                .statusCode(200).body("totalItems", equalTo(1));
        as("viewer", "viewer").get("/api/projects/{p}/lessons/{l}", project, id).then().statusCode(200);
        long rows = lessonRows();
        long events = outboxRows();
        record(as("viewer", "viewer"), project, firewallLesson()).statusCode(403)
                .contentType("application/problem+json");
        as("viewer", "viewer").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(firewallLesson())
                .put("/api/projects/{p}/lessons/{l}", project, id).then().statusCode(403);
        as("viewer", "viewer").header("If-Match", "\"0\"").delete("/api/projects/{p}/lessons/{l}", project, id)
                .then().statusCode(403);
        assertThat(lessonRows()).isEqualTo(rows);
        assertThat(outboxRows()).isEqualTo(events);

        record(as("dev", "member"), project, with(firewallLesson(), "title", "Dev's lesson")).statusCode(201);
        for (UUID p : new UUID[]{project, UUID.randomUUID()}) {
            as("outsider", "project-manager").get("/api/projects/{p}/lessons", p).then()
                    .statusCode(404).body("detail", equalTo("Project " + p + " was not found"));
            as("outsider", "project-manager").get("/api/projects/{p}/lessons/{l}", p, id).then().statusCode(404);
            record(as("outsider", "project-manager"), p, firewallLesson()).statusCode(404);
            as("outsider", "project-manager").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(firewallLesson()).put("/api/projects/{p}/lessons/{l}", p, id).then().statusCode(404);
            as("outsider", "project-manager").header("If-Match", "\"0\"")
                    .delete("/api/projects/{p}/lessons/{l}", p, id).then().statusCode(404);
        }
        UUID other = createProject(uniqueName("Other lessons"));
        asPm().get("/api/projects/{p}/lessons/{l}", other, id).then()
                .statusCode(404).body("detail", equalTo("Lesson " + id + " was not found"));
        record(as("boss", "pmo"), project, with(firewallLesson(), "title", "PMO's lesson")).statusCode(201);
        as("root", "admin").get("/api/projects/{p}/lessons", project).then().body("totalItems", equalTo(3));
    }

    @Test
    void lessonsAreRecordedAfterTheProjectIsCancelledAndPostsAreIdempotent() {
        UUID project = createProject(uniqueName("Cancelled lessons"));
        move(project, "CANCELLED", "Superseded by the cloud migration");
        String key = UUID.randomUUID().toString();
        String first = asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(firewallLesson())
                .post("/api/projects/{p}/lessons", project).then().statusCode(201).extract().path("id");
        asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(firewallLesson())
                .post("/api/projects/{p}/lessons", project).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        asPm().get("/api/projects/{p}/lessons", project).then().body("totalItems", equalTo(1))
                .body("items[0].impact", equalTo("HIGH"));
        record(asPm(), project, with(firewallLesson(), "impact", null)).statusCode(201)
                .body("impact", equalTo("MEDIUM"));
    }

    static Stream<Arguments> invalidLessons() {
        return Stream.of(
                Arguments.of("missing title", with(firewallLesson(), "title", null), "/title"),
                Arguments.of("blank title", with(firewallLesson(), "title", "   "), "/title"),
                Arguments.of("title too long", with(firewallLesson(), "title", "x".repeat(201)), "/title"),
                Arguments.of("missing outcome", with(firewallLesson(), "outcome", null), "/outcome"),
                Arguments.of("unknown outcome", with(firewallLesson(), "outcome", "MEH"), "/outcome"),
                Arguments.of("missing category", with(firewallLesson(), "category", null), "/category"),
                Arguments.of("unknown category", with(firewallLesson(), "category", "WEATHER"), "/category"),
                Arguments.of("unknown impact", with(firewallLesson(), "impact", "HUGE"), "/impact"),
                Arguments.of("missing description", with(firewallLesson(), "description", null), "/description"),
                Arguments.of("description too long", with(firewallLesson(), "description", "x".repeat(10_001)),
                        "/description"),
                Arguments.of("tags not a list", with(firewallLesson(), "tags", "firewall"), "/tags"),
                Arguments.of("blank tag", with(firewallLesson(), "tags", List.of("ok", " ")), "/tags/1"),
                Arguments.of("tag with punctuation", with(firewallLesson(), "tags", List.of("a;drop")), "/tags/0"),
                Arguments.of("too many tags", with(firewallLesson(), "tags",
                        java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList()), "/tags"),
                Arguments.of("unknown field", with(firewallLesson(), "lessonsLearnt", true), "/lessonsLearnt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidLessons")
    void invalidLessonsAreRejectedAndNothingIsWritten(String label, Map<String, Object> body, String pointer) {
        UUID project = createProject(uniqueName("Bad lesson"));
        long rows = lessonRows();
        long events = outboxRows();
        record(asPm(), project, body).statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer));
        assertThat(lessonRows()).isEqualTo(rows);
        assertThat(outboxRows()).isEqualTo(events);
    }
}
