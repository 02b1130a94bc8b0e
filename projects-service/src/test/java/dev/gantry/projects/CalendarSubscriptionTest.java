package dev.gantry.projects;

import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.MeetingFixtures.scheduleMeeting;
import static dev.gantry.projects.MeetingFixtures.steering;
import static dev.gantry.projects.PmFixtures.addMember;
import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.count;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class CalendarSubscriptionTest {

    private static final String FEEDS = "/api/projects/{p}/calendar-feeds";

    /** The path of a subscription URL, which the test client calls without any token. */
    private static String subscribe(String user, String role, UUID project, String label) {
        String url = as(user, role).contentType(ContentType.JSON).body(label == null ? Map.of() : Map.of("label", label))
                .post(FEEDS, project).then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/projects/" + project + "/calendar-feeds/[0-9a-f-]{36}"))
                .body("url", matchesPattern("https?://.+/api/projects/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics"))
                .extract().path("url");
        return URI.create(url).getPath();
    }

    private static Calendar anonymousFetch(String path) throws Exception {
        String ics = given().get(path).then().statusCode(200).contentType(startsWith("text/calendar"))
                .header("Cache-Control", "private, max-age=300").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    @Test
    void aMemberSubscribesAndACalendarApplicationReadsTheFeedWithoutAToken() throws Exception {
        UUID project = createProject(uniqueName("Subscribed"));
        addMember(project, "viewer", "VIEWER");
        String meeting = scheduleMeeting(project, steering());
        String path = subscribe("viewer", "viewer", project, "Phone");

        Calendar calendar = anonymousFetch(path);
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        assertThat(calendar.getComponents("VEVENT").get(0).getProperty("UID").orElseThrow().getValue())
                .isEqualTo(meeting + "@meetings.gantry.dev");
        String secret = path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        assertThat(count("select count(*) from calendar_feed where project_id = ? and token_hash = ?", project, sha256))
                .as("the feed is stored under the SHA-256 of its secret").isEqualTo(1);
        assertThat(count("select count(*) from calendar_feed where token_hash = ? or label = ?", secret, secret))
                .as("the secret itself is not stored").isZero();

        as("viewer", "viewer").get(FEEDS, project).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].label", equalTo("Phone"))
                .body("[0].url", nullValue())
                .body("[0].lastUsedAt", notNullValue());
        asPm().get(FEEDS, project).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void unknownMalformedAndRevokedSecretsAreNotFound() throws Exception {
        UUID project = createProject(uniqueName("Revoked feed"));
        String path = subscribe("pm", "project-manager", project, null);
        anonymousFetch(path);

        given().get("/api/projects/calendar-feeds/" + "A".repeat(43) + ".ics").then()
                .statusCode(404).contentType("application/problem+json");
        given().get("/api/projects/calendar-feeds/short.ics").then().statusCode(404);
        given().get(path.replace(".ics", "x.ics")).then().statusCode(404);

        String feedId = asPm().get(FEEDS, project).then().extract().path("[0].id");
        asPm().delete(FEEDS + "/{f}", project, feedId).then().statusCode(204);
        given().get(path).then().statusCode(404).contentType("application/problem+json");
        asPm().delete(FEEDS + "/{f}", project, feedId).then().statusCode(404);
    }

    @Test
    void aSubscriptionEndsWhenItsOwnerLeavesTheProject() throws Exception {
        UUID project = createProject(uniqueName("Leaving member"));
        addMember(project, "dev", "MEMBER");
        String path = subscribe("dev", "member", project, "Laptop");
        anonymousFetch(path);
        asPm().delete("/api/projects/{p}/members/{u}", project, TestTokens.subjectOf("dev")).then().statusCode(204);
        given().get(path).then().statusCode(404);
        addMember(project, "dev", "MEMBER");
        anonymousFetch(path);
    }

    @Test
    void onlyMembersSubscribeAndOnlyOwnersOrManagersRevoke() {
        UUID project = createProject(uniqueName("Feed roles"));
        addMember(project, "dev", "MEMBER");
        addMember(project, "other", "MEMBER");
        subscribe("dev", "member", project, "dev's");
        String devFeed = as("dev", "member").get(FEEDS, project).then().extract().path("[0].id");

        as("outsider", "project-manager").contentType(ContentType.JSON).body(Map.of()).post(FEEDS, project).then()
                .statusCode(404);
        as("outsider", "project-manager").get(FEEDS, project).then().statusCode(404);
        as("boss", "pmo").contentType(ContentType.JSON).body(Map.of()).post(FEEDS, project).then()
                .statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of()).post(FEEDS, project).then().statusCode(401);

        // another member cannot even see it; the manager and the PMO may revoke it
        as("other", "member").delete(FEEDS + "/{f}", project, devFeed).then().statusCode(404);
        asPm().delete(FEEDS + "/{f}", project, devFeed).then().statusCode(204);
        subscribe("dev", "member", project, "again");
        String again = as("dev", "member").get(FEEDS, project).then().body("label", contains("again"))
                .extract().path("[0].id");
        as("boss", "pmo").delete(FEEDS + "/{f}", project, again).then().statusCode(204);
        as("dev", "member").delete(FEEDS + "/{f}", project, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void badSubscriptionRequestsAreRejected() {
        UUID project = createProject(uniqueName("Bad feed"));
        long rows = count("select count(*) from calendar_feed");
        asPm().contentType(ContentType.JSON).body(Map.of("label", "x".repeat(101))).post(FEEDS, project).then()
                .statusCode(400).body("errors[0].pointer", equalTo("/label"));
        asPm().contentType(ContentType.JSON).body(Map.of("colour", "red")).post(FEEDS, project).then()
                .statusCode(400);
        asPm().contentType(ContentType.JSON).body(Map.of()).post(FEEDS, "not-a-uuid").then().statusCode(400);
        assertThat(count("select count(*) from calendar_feed")).isEqualTo(rows);
    }
}
