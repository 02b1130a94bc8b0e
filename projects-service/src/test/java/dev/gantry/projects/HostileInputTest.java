package dev.gantry.projects;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.projectRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * What an outside check of the running stack found, one test per finding: each answered 500, accepted what it should
 * have refused, or answered with the wrong problem type before the platform's shared mechanisms were fixed.
 */
@QuarkusTest
class HostileInputTest {

    private static final String VALIDATION = "https://gantry.dev/problems/validation";
    private static final String MALFORMED = "https://gantry.dev/problems/malformed-request";

    @Test
    void aPageNumberPastAnyPossibleEndIsAnEmptyPage() {
        UUID project = createProject(uniqueName("Huge page"));
        for (String list : List.of("/api/projects", "/api/projects/" + project + "/tasks",
                "/api/projects/" + project + "/dependencies", "/api/projects/" + project + "/stakeholders",
                "/api/projects/" + project + "/meetings", "/api/projects/" + project + "/action-items",
                "/api/projects/" + project + "/lessons", "/api/projects/lessons",
                "/api/projects/" + project + "/baselines")) {
            asPm().queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get(list).then()
                    .statusCode(200)
                    .body("items", hasSize(0))
                    .body("page", equalTo(Integer.MAX_VALUE))
                    .body("size", equalTo(200));
        }
    }

    @Test
    void aNulCharacterInAParameterIsRefused() {
        UUID project = createProject(uniqueName("NUL filter"));
        for (String list : List.of("/api/projects?q=%00", "/api/projects/" + project + "/lessons?tag=a%00b",
                "/api/projects/" + project + "/stakeholders?q=%00", "/api/projects/lessons?q=%00",
                "/api/projects/" + project + "/action-items?ownerId=%00")) {
            asPm().urlEncodingEnabled(false).get(list).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(VALIDATION))
                    .body("errors", hasSize(1))
                    .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
        }
    }

    @Test
    void aNulCharacterOrHalfASurrogatePairInAJsonStringIsRefusedAndNothingIsWritten() {
        long projects = projectRows();
        long events = outboxRows();
        asPm().contentType(ContentType.JSON)
                .body("{\"name\": \"Core\\u0000switch\", \"type\": \"NETWORK_ROLLOUT\", \"startDate\": \"2027-03-01\"}")
                .post("/api/projects").then()
                .statusCode(400)
                .body("type", equalTo(VALIDATION))
                .body("errors[0].pointer", equalTo("/name"))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
        asPm().contentType(ContentType.JSON)
                .body("{\"name\": \"Core \\ud800 switch\", \"type\": \"NETWORK_ROLLOUT\", \"startDate\": \"2027-03-01\"}")
                .post("/api/projects").then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/name"))
                .body("errors[0].message", equalTo(
                        "is not valid Unicode: it contains half of a surrogate pair (U+D800)"));

        UUID project = createProject(uniqueName("NUL body"));
        asPm().contentType(ContentType.JSON).body("{\"name\": \"Cut\\u0000over\", \"durationMinutes\": 480}")
                .post("/api/projects/{p}/tasks", project).then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/name"));
        asPm().contentType(ContentType.JSON).body("{\"title\": \"x\\u0000\", \"category\": \"SCOPE\","
                        + " \"outcome\": \"WENT_BADLY\", \"impact\": \"LOW\", \"description\": \"d\"}")
                .post("/api/projects/{p}/lessons", project).then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/title"));
        assertThat(projectRows()).isEqualTo(projects + 1);
        assertThat(outboxRows()).isEqualTo(events + 1);
    }

    @Test
    void anythingAfterTheJsonBodyIsRefusedAndNothingIsWritten() {
        long projects = projectRows();
        asPm().contentType(ContentType.JSON)
                .body("{\"name\": \"Trailing\", \"type\": \"NETWORK_ROLLOUT\", \"startDate\": \"2027-03-01\"} }{\"x\":")
                .post("/api/projects").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(MALFORMED))
                .body("detail", startsWith("The body is not well-formed JSON: "));
        assertThat(projectRows()).isEqualTo(projects);
    }

    @Test
    void malformedJsonInvalidUtf8AndOutOfRangeNumbersSayWhatIsWrong() {
        asPm().contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/projects").then()
                .statusCode(400)
                .body("type", equalTo(MALFORMED))
                .body("detail", startsWith("The body is not well-formed JSON: Unexpected end-of-input"));

        byte[] latin1 = "{\"name\": \"Caf\u00e9\", \"type\": \"NETWORK_ROLLOUT\", \"startDate\": \"2027-03-01\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        asPm().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/json").body(latin1)
                .post("/api/projects").then()
                .statusCode(400)
                .body("type", equalTo(MALFORMED))
                .body("detail", equalTo("The body is not valid UTF-8: 1 invalid byte(s) at offset 13"));

        byte[] overlongSlash = {'{', '"', (byte) 0xC0, (byte) 0xAF, 'n', 'a', 'm', 'e', '"', ':', '"', 'x', '"', '}'};
        asPm().contentType("application/json").body(overlongSlash)
                .post("/api/projects").then()
                .statusCode(400)
                .body("type", equalTo(MALFORMED))
                .body("detail", equalTo("The body is not valid UTF-8: 1 invalid byte(s) at offset 2"));

        asPm().contentType(ContentType.JSON)
                .body("{\"name\": 0x10, \"type\": \"NETWORK_ROLLOUT\", \"startDate\": \"2027-03-01\"}")
                .post("/api/projects").then()
                .statusCode(400)
                .body("type", equalTo(MALFORMED))
                .body("detail", startsWith("The body is not well-formed JSON: Unexpected character ('x'"));

        UUID project = createProject(uniqueName("Huge number"));
        asPm().contentType(ContentType.JSON).body("{\"name\": \"Big\", \"durationMinutes\": 1e30}")
                .post("/api/projects/{p}/tasks", project).then()
                .statusCode(400)
                .body("type", equalTo(VALIDATION))
                .body("errors[0].pointer", equalTo("/durationMinutes"))
                .body("errors[0].message",
                        equalTo("'1.0E30' is not a whole number from -9223372036854775808 to 9223372036854775807"));
        asPm().contentType(ContentType.JSON).body("{\"name\": \"Big\", \"durationMinutes\": 123456789012345678901234}")
                .post("/api/projects/{p}/tasks", project).then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/durationMinutes"));
    }

    @Test
    void theLoserOfTwoUpdatesWithTheSameIfMatchGets412() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                UUID project = createProject(uniqueName("Race"));
                List<Callable<Integer>> updates = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String description = "Writer " + i;
                    updates.add(() -> asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                            .body(Map.of("description", description))
                            .patch("/api/projects/{id}", project).then().extract().statusCode());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> status : pool.invokeAll(updates)) {
                    statuses.add(status.get());
                }
                assertThat(statuses).as("round %d", round).containsOnlyOnce(200).containsOnly(200, 412);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEmptyIdempotencyKeyIsRefusedNotIgnored() {
        long projects = projectRows();
        asPm().contentType(ContentType.JSON).header("Idempotency-Key", "")
                .body(ProjectsApi.newProject(uniqueName("Empty key")))
                .post("/api/projects").then()
                .statusCode(400)
                .body("type", equalTo(VALIDATION))
                .body("errors[0].parameter", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("must be 1 to 255 characters, e.g. a UUID"));
        assertThat(projectRows()).isEqualTo(projects);
    }

    @Test
    void aClientsHostHeaderDoesNotChooseTheHostOfTheUrlsHandedOut() {
        var created = asPm().header("Host", "attacker.example").contentType(ContentType.JSON)
                .body(ProjectsApi.newProject(uniqueName("Forged host")))
                .post("/api/projects").then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo("https://gantry.example/api/projects/" + id);

        String url = asPm().header("Host", "attacker.example").contentType(ContentType.JSON).body(Map.of())
                .post("/api/projects/{p}/calendar-feeds", id).then()
                .statusCode(201)
                .extract().path("url");
        assertThat(url).startsWith("https://gantry.example/api/projects/calendar-feeds/");
    }

    @Test
    void datesOutsideTheYearsProjectsArePlannedInAreRefused() {
        long projects = projectRows();
        asPm().contentType(ContentType.JSON).body(Map.of("name", uniqueName("Year one"), "type", "SYSTEM_UPGRADE",
                        "startDate", "0001-01-01", "templateCode", "SYSTEM_UPGRADE"))
                .post("/api/projects").then()
                .statusCode(400)
                .body("type", equalTo(VALIDATION))
                .body("errors[0].pointer", equalTo("/startDate"))
                .body("errors[0].message", equalTo("'0001-01-01' is outside the years 1900 to 2999"));
        UUID project = createProject(uniqueName("Far status date"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"statusDate\": \"+999999999-12-31T23:59:59\"}")
                .put("/api/projects/{p}/progress/status-date", project).then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/statusDate"));
        assertThat(projectRows()).isEqualTo(projects + 1);
    }
}
