package dev.gantry.projects;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.projectRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Bad input gets a clear 4xx problem and changes nothing: no row, no event. */
@QuarkusTest
class ProjectBadInputTest {

    private long projectsBefore;
    private long eventsBefore;

    @BeforeEach
    void countRows() {
        projectsBefore = projectRows();
        eventsBefore = outboxRows();
    }

    static Stream<Arguments> invalidBodies() {
        String valid = "\"description\":\"d\",\"startDate\":\"2027-01-04\",\"budget\":{\"amount\":10,\"currency\":\"EUR\"}";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"name\": \"Broken\", ", null),
                Arguments.of("not an object", "[1, 2, 3]", null),
                Arguments.of("empty body", "", null),
                Arguments.of("missing name", "{\"type\":\"GENERIC\"," + valid + "}", "/name"),
                Arguments.of("blank name", "{\"name\":\"   \",\"type\":\"GENERIC\"," + valid + "}", "/name"),
                Arguments.of("name too long", "{\"name\":\"" + "x".repeat(201) + "\",\"type\":\"GENERIC\"," + valid + "}", "/name"),
                Arguments.of("missing type", "{\"name\":\"n\"," + valid + "}", "/type"),
                Arguments.of("unknown enum value", "{\"name\":\"n\",\"type\":\"BLOCKCHAIN\"," + valid + "}", "/type"),
                Arguments.of("wrong type for name", "{\"name\":{\"first\":\"x\"},\"type\":\"GENERIC\"," + valid + "}", "/name"),
                Arguments.of("not a date", "{\"name\":\"n\",\"type\":\"GENERIC\",\"startDate\":\"next monday\"}", "/startDate"),
                Arguments.of("impossible date", "{\"name\":\"n\",\"type\":\"GENERIC\",\"startDate\":\"2027-02-30\"}", "/startDate"),
                Arguments.of("number as date", "{\"name\":\"n\",\"type\":\"GENERIC\",\"startDate\":20270104}", "/startDate"),
                Arguments.of("number as name", "{\"name\":42,\"type\":\"GENERIC\",\"startDate\":\"2027-01-04\"}", "/name"),
                Arguments.of("missing start date", "{\"name\":\"n\",\"type\":\"GENERIC\"}", "/startDate"),
                Arguments.of("number as string", "{\"name\":\"n\",\"type\":\"GENERIC\",\"startDate\":\"2027-01-04\",\"budget\":{\"amount\":\"lots\",\"currency\":\"EUR\"}}", "/budget/amount"),
                Arguments.of("negative budget", "{\"name\":\"n\",\"type\":\"GENERIC\",\"startDate\":\"2027-01-04\",\"budget\":{\"amount\":-1,\"currency\":\"EUR\"}}", "/budget/amount"),
                Arguments.of("bad currency", "{\"name\":\"n\",\"type\":\"GENERIC\",\"startDate\":\"2027-01-04\",\"budget\":{\"amount\":1,\"currency\":\"euro\"}}", "/budget/currency"),
                Arguments.of("unknown field", "{\"nmae\":\"n\",\"type\":\"GENERIC\"," + valid + "}", "/nmae"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void invalidBodyIsRejectedWithAPointerAndNothingIsWritten(String label, String body, String pointer) {
        var response = asPm().contentType(ContentType.JSON).body(body).post("/api/projects").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", containsString("https://gantry.dev/problems/"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", equalTo("/api/projects"))
                .body("detail", not(containsString("Exception")));
        if (pointer != null) {
            response.body("errors.pointer", hasItem(pointer));
        }
        assertNothingWritten();
    }

    @Test
    void unknownEnumValueNamesTheAllowedValues() {
        asPm().contentType(ContentType.JSON)
                .body("{\"name\":\"n\",\"type\":\"BLOCKCHAIN\",\"startDate\":\"2027-01-04\"}")
                .post("/api/projects").then()
                .statusCode(400)
                .body("errors[0].message", containsString("SYSTEM_UPGRADE"));
    }

    @Test
    void missingFieldsAreAllReportedAtOnce() {
        asPm().contentType(ContentType.JSON).body("{}").post("/api/projects").then()
                .statusCode(400)
                .body("errors.pointer", hasItem("/name"))
                .body("errors.pointer", hasItem("/type"))
                .body("errors.pointer", hasItem("/startDate"));
        assertNothingWritten();
    }

    @Test
    void oversizedBodyGets413() {
        String huge = "{\"name\":\"n\",\"type\":\"GENERIC\",\"startDate\":\"2027-01-04\",\"description\":\""
                + "x".repeat(2 * 1024 * 1024) + "\"}";
        asPm().contentType(ContentType.JSON).body(huge).post("/api/projects").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertNothingWritten();
    }

    @Test
    void wrongMediaTypeGets415() {
        asPm().contentType(ContentType.TEXT).body("name=n&type=GENERIC").post("/api/projects").then()
                .statusCode(415)
                .contentType("application/problem+json");
        asPm().contentType(ContentType.XML).body("<project/>").post("/api/projects").then()
                .statusCode(415);
        assertNothingWritten();
    }

    @Test
    void badPagingParametersAreExplained() {
        asPm().queryParam("size", 500).get("/api/projects").then()
                .statusCode(400).body("errors[0].parameter", equalTo("size"));
        asPm().queryParam("page", -1).get("/api/projects").then()
                .statusCode(400).body("errors[0].parameter", equalTo("page"));
        asPm().queryParam("sort", "password,asc").get("/api/projects").then()
                .statusCode(400).body("errors[0].parameter", equalTo("sort"))
                .body("errors[0].message", containsString("name"));
        asPm().queryParam("sort", "name,sideways").get("/api/projects").then().statusCode(400);
        asPm().queryParam("type", "BLOCKCHAIN").get("/api/projects").then()
                .statusCode(400).contentType("application/problem+json");
        asPm().queryParam("size", "ten").get("/api/projects").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unicodeAndInjectionStringsAreStoredLiterallyAndHarmless() {
        String unicode = "Migration 🚀 Zürich → 東京 " + UUID.randomUUID().toString().substring(0, 4);
        String id = asPm().contentType(ContentType.JSON)
                .body(Map.of("name", unicode, "type", "INFRASTRUCTURE_MIGRATION", "startDate", "2027-01-04"))
                .post("/api/projects").then().statusCode(201).body("name", equalTo(unicode)).extract().path("id");
        asPm().get("/api/projects/{id}", id).then().body("name", equalTo(unicode));

        String injection = "x'); drop table project; -- <script>alert(1)</script>";
        asPm().contentType(ContentType.JSON)
                .body(Map.of("name", injection, "type", "GENERIC", "startDate", "2027-01-04"))
                .post("/api/projects").then().statusCode(201).body("name", equalTo(injection));
        asPm().queryParam("q", "' or 1=1 --").get("/api/projects").then()
                .statusCode(200).body("totalItems", equalTo(0));
        asPm().queryParam("q", "%").get("/api/projects").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(projectRows()).isEqualTo(projectsBefore + 2);
    }

    @Test
    void invalidPatchChangesNothing() {
        UUID id = createProject(uniqueName("Patch target"));
        countRows();
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":\"\"}")
                .patch("/api/projects/{id}", id).then().statusCode(400).body("errors[0].pointer", equalTo("/name"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"type\":\"NOPE\"}")
                .patch("/api/projects/{id}", id).then().statusCode(400);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"startDate\":42}")
                .patch("/api/projects/{id}", id).then().statusCode(400);
        asPm().get("/api/projects/{id}", id).then().body("version", equalTo(0));
        assertThat(outboxRows()).isEqualTo(eventsBefore);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        asPm().get("/api/projects/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        asPm().delete("/api/projects").then().statusCode(405).contentType("application/problem+json");
    }

    private void assertNothingWritten() {
        assertThat(projectRows()).as("project rows").isEqualTo(projectsBefore);
        assertThat(outboxRows()).as("events").isEqualTo(eventsBefore);
    }
}
