package dev.gantry.projects;

import dev.gantry.testing.TestTokens;
import dev.gantry.testing.openapi.ApiFixtures;
import dev.gantry.testing.openapi.DocumentedAccess;
import dev.gantry.testing.openapi.OpenApiFuzzSuite;
import dev.gantry.testing.openapi.OpenApiSecurityMatrix;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.testing.openapi.ApiFixtures.MANAGER;
import static dev.gantry.testing.openapi.ApiFixtures.MEMBER;
import static dev.gantry.testing.openapi.ApiFixtures.OTHER_MANAGER;
import static dev.gantry.testing.openapi.ApiFixtures.VIEWER;
import static dev.gantry.testing.openapi.ApiFixtures.subject;

/**
 * Every operation of projects-service, from its OpenAPI document: fuzzed with hostile input, and called as every
 * caller the documentation refuses. Run one alone with {@code -Dtest='OpenApiSuitesTest#<method>'}.
 */
@QuarkusTest
class OpenApiSuitesTest {

    /** Where the documentation departs from the API guide's rules. */
    private static final DocumentedAccess ACCESS = DocumentedAccess.asInApiGuide()
            .publicOperation("GET /api/projects/calendar-feeds/{secret}.ics",
                    "docs/api.md Calendars, ADR 0011: the secret in the URL is the credential")
            .openToViewers("POST /api/projects/{projectId}/calendar-feeds",
                    "OpenAPI: any member of the project (viewers included) subscribes")
            .hiddenFromViewers("DELETE /api/projects/{projectId}/calendar-feeds/{feedId}",
                    "docs/api.md, exceptions: another member's subscription is 404 to anyone but managers");

    private static final String NEW_ACTION_ITEM = """
            {"description": "Order the switches", "owner": {"userId": "%s"}, "dueDate": "2027-03-29"}
            """;
    private static final String ACTION_ITEM = """
            {"description": "Order the switches", "owner": {"userId": "%s"}, "dueDate": "2027-03-29",
             "status": "OPEN"}
            """;
    private static final String CALENDAR = """
            {"name": "Early shift", "weekDays": {"MONDAY": [{"from": "07:00", "to": "15:00"}],
             "TUESDAY": [{"from": "07:00", "to": "15:00"}], "WEDNESDAY": [{"from": "07:00", "to": "15:00"}]}}
            """;
    private static final String NEW_TEMPLATE = """
            {"code": "SUITE_SAMPLE", "name": "Suite template", "projectType": "GENERIC", "definition": {"phases":
             [{"key": "build", "name": "Build", "tasks": [{"key": "work", "name": "Work", "durationDays": 1}]}]}}
            """;
    private static final String TEMPLATE = """
            {"name": "Suite template", "projectType": "GENERIC", "definition": {"phases": [{"key": "build",
             "name": "Build", "tasks": [{"key": "work", "name": "Work", "durationDays": 1}]}]}}
            """;

    @Test
    void everyOperationWithstandsHostileInput() {
        OpenApiFuzzSuite.run(fixtures());
    }

    @Test
    void everyOperationAnswersEachCallerAsDocumented() {
        OpenApiSecurityMatrix.run(fixtures(), ACCESS);
    }

    /**
     * A project with one resource of every kind, made through the API as its manager, and another project of
     * another manager. Each suite gets its own: the fuzz suite may change or delete what it is given.
     */
    private static ApiFixtures fixtures() {
        String project = create(asManager(), "/api/projects", Map.of("name", "Suite project " + suffix(),
                "type", "GENERIC", "startDate", "2027-03-01", "budget", Map.of("amount", 120000, "currency", "EUR")));
        String other = create(as(OTHER_MANAGER, "project-manager"), "/api/projects", Map.of(
                "name", "Another suite project " + suffix(), "type", "GENERIC", "startDate", "2027-03-01"));
        addMember(project, VIEWER, "VIEWER");
        addMember(project, MEMBER, "MEMBER");

        String base = "/api/projects/" + project;
        String first = create(asManager(), base + "/tasks", Map.of("name", "Survey the sites", "durationMinutes", 480));
        String second = create(asManager(), base + "/tasks", Map.of("name", "Order hardware", "durationMinutes", 960));
        String third = create(asManager(), base + "/tasks", Map.of("name", "Install", "durationMinutes", 480));
        String dependency = create(asManager(), base + "/dependencies",
                Map.of("predecessorId", first, "successorId", second));
        List<Map<String, String>> day = List.of(Map.of("from", "08:00", "to", "16:00"));
        String calendar = create(asManager(), base + "/calendars", Map.of("name", "Early shift", "weekDays",
                Map.of("MONDAY", day, "TUESDAY", day, "WEDNESDAY", day, "THURSDAY", day, "FRIDAY", day)));
        asManager().contentType(ContentType.JSON).body(Map.of("scopeStatement", "Replace the branch switches"))
                .put(base + "/charter").then().statusCode(201);
        String stakeholder = create(asManager(), base + "/stakeholders", Map.of("kind", "PERSON",
                "name", "Priya Raman", "interest", 4, "influence", 3));
        String baseline = create(asManager(), base + "/baselines", Map.of("name", "Approved plan"));
        String lesson = create(asManager(), base + "/lessons", Map.of("title", "Book change windows early",
                "outcome", "WENT_BADLY", "category", "VENDOR", "description", "The carrier confirmed late."));
        String meeting = create(asManager(), base + "/meetings", Map.of("title", "Status", "kind", "STATUS",
                "start", "2027-03-15T10:00:00", "end", "2027-03-15T11:00:00", "timeZone", "Europe/Berlin",
                "attendees", List.of(Map.of("userId", subject(MANAGER)))));
        String actionItem = create(asManager(), base + "/meetings/" + meeting + "/action-items",
                actionItem("Order the switches"));
        var feed = asManager().contentType(ContentType.JSON).body(Map.of("label", "Suite"))
                .post(base + "/calendar-feeds").then().statusCode(201).extract();
        String feedUrl = feed.path("url");
        String secret = feedUrl.substring(feedUrl.lastIndexOf('/') + 1, feedUrl.length() - ".ics".length());
        String template = "SUITE_" + suffix().toUpperCase();
        create(as("suite-pmo", "pmo"), "/api/projects/templates", Map.of("code", template, "name", "Suite template",
                "projectType", "GENERIC", "definition", Map.of("phases", List.of(Map.of("key", "build",
                        "name", "Build", "tasks", List.of(Map.of("key", "work", "name", "Work", "durationDays", 1)))))));

        return ApiFixtures.of(UUID.fromString(project), UUID.fromString(other))
                .trimmedInBackground("schedule_dates_segment", "the outbox relay deletes a computed-dates segment's"
                        + " earlier versions once it has published a later one (ADR 0032)")
                .value("taskId", first)
                // a link that does not exist yet, so that adding it can succeed
                .value("predecessorId", second)
                .value("successorId", third)
                .value("dependencyId", dependency)
                .value("calendarId", calendar)
                .value("stakeholderId", stakeholder)
                .value("baselineId", baseline)
                .value("lessonId", lesson)
                .value("meetingId", meeting)
                .value("actionItemId", actionItem)
                .value("feedId", feed.path("id"))
                .value("secret", secret)
                .value("code", template)
                // members are named by their subject; the member, not the viewer, so that removing them keeps
                // the viewer for the operations that follow
                .value("userId", subject(MEMBER))
                // an owner is either a member (userId) or an outside person (name and email), not both as the
                // examples together would have it
                .body("POST /api/projects/{projectId}/meetings/{meetingId}/action-items",
                        NEW_ACTION_ITEM.formatted(subject(MEMBER)))
                .body("PUT /api/projects/{projectId}/meetings/{meetingId}/action-items/{actionItemId}",
                        ACTION_ITEM.formatted(subject(MEMBER)))
                // a calendar needs working time, a template phases: the schemas have no example of either
                .body("POST /api/projects/{projectId}/calendars", CALENDAR)
                .body("PUT /api/projects/{projectId}/calendars/{calendarId}", CALENDAR)
                .body("POST /api/projects/templates", NEW_TEMPLATE)
                .body("PUT /api/projects/templates/{code}", TEMPLATE)
                .build();
    }

    private static Map<String, Object> actionItem(String description) {
        return Map.of("description", description, "owner", Map.of("userId", subject(MEMBER)),
                "dueDate", "2027-03-29");
    }

    private static void addMember(String project, String user, String role) {
        asManager().contentType(ContentType.JSON).body(Map.of("username", user, "role", role))
                .put("/api/projects/{p}/members/{u}", project, subject(user)).then().statusCode(201);
    }

    private static String create(RequestSpecification as, String path, Object body) {
        return as.contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification asManager() {
        return as(MANAGER, "project-manager");
    }

    private static RequestSpecification as(String user, String role) {
        return TestTokens.as(user, role);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
