package dev.gantry.projects;

import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.count;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Tasks, dependencies and calendars through the API, and the schedule recomputed from them. */
@QuarkusTest
class ScheduleApiTest {

    static String task(UUID project, Map<String, Object> body) {
        return asPm().contentType(ContentType.JSON).body(body).post("/api/projects/{p}/tasks", project).then()
                .statusCode(201).contentType(ContentType.JSON).extract().path("id");
    }

    static String link(UUID project, String from, String to, String type, Map<String, Object> lag) {
        Map<String, Object> body = new HashMap<>(Map.of("predecessorId", from, "successorId", to, "type", type));
        if (lag != null) {
            body.put("lag", lag);
        }
        return asPm().contentType(ContentType.JSON).body(body).post("/api/projects/{p}/dependencies", project).then()
                .statusCode(201).extract().path("id");
    }

    static JsonPath schedule(UUID project) {
        return asPm().get("/api/projects/{p}/schedule", project).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> scheduled(JsonPath schedule, String taskId) {
        return schedule.getMap("tasks.find { it.id == '" + taskId + "' }");
    }

    /** Every task of a list page, twice (the second answer may be a kept page), equals the task read on its own. */
    private static void listedAsRead(UUID project, String parent, int expectedTotal) {
        String query = parent == null ? "" : "&parentId=" + parent;
        for (int round = 0; round < 2; round++) {
            JsonPath listed = asPm().get("/api/projects/{p}/tasks?size=200&sort=name,asc" + query, project).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(listed.getLong("totalItems")).isEqualTo(expectedTotal);
            List<Map<String, Object>> items = listed.getList("items");
            assertThat(items).hasSize(expectedTotal);
            for (Map<String, Object> item : items) {
                Map<String, Object> read = asPm().get("/api/projects/{p}/tasks/{t}", project, item.get("id")).then()
                        .statusCode(200).extract().jsonPath().getMap("");
                assertThat(item).as("listed task %s", item.get("name")).isEqualTo(read);
            }
        }
    }

    private static String etag(UUID project, String task) {
        return asPm().get("/api/projects/{p}/tasks/{t}", project, task).then().statusCode(200).extract()
                .header("ETag");
    }

    private static void patch(UUID project, String task, Map<String, Object> body) {
        asPm().contentType(ContentType.JSON).header("If-Match", etag(project, task)).body(body)
                .patch("/api/projects/{p}/tasks/{t}", project, task).then().statusCode(200);
    }

    @Test
    void aListedPageFollowsEveryWriteOfTheProject() {
        UUID project = createProject(uniqueName("Listed"));
        String phase = task(project, Map.of("name", "Phase"));
        String a = task(project, Map.of("name", "Alpha", "parentId", phase, "durationMinutes", 480));
        String b = task(project, Map.of("name", "Bravo", "parentId", phase, "durationMinutes", 960));
        String c = task(project, Map.of("name", "Charlie", "durationMinutes", 1440));
        listedAsRead(project, null, 4);
        listedAsRead(project, phase, 2);

        patch(project, a, Map.of("name", "Alpha two"));
        listedAsRead(project, null, 4);
        assertThat(asPm().get("/api/projects/{p}/tasks?size=200&sort=name,asc", project).then().extract()
                .jsonPath().getList("items.name")).containsExactly("Alpha two", "Bravo", "Charlie", "Phase");

        patch(project, a, Map.of("durationMinutes", 5 * 480));
        listedAsRead(project, phase, 2);

        link(project, a, c, "FS", null);
        listedAsRead(project, null, 4);

        String d = task(project, Map.of("name", "Delta", "parentId", phase, "durationMinutes", 480));
        listedAsRead(project, null, 5);
        listedAsRead(project, phase, 3);

        asPm().header("If-Match", etag(project, b)).delete("/api/projects/{p}/tasks/{t}", project, b).then()
                .statusCode(204);
        listedAsRead(project, null, 4);
        listedAsRead(project, phase, 2);
        assertThat(asPm().get("/api/projects/{p}/tasks?size=200&parentId=" + phase, project).then().extract()
                .jsonPath().getList("items.id")).containsExactlyInAnyOrder(a, d);
    }

    @Test
    void taskListsAreSortedFilteredAndPagedWithTheirComputedDates() {
        UUID project = createProject(uniqueName("Listing"));
        String phase = task(project, Map.of("name", "Phase"));
        String b = task(project, Map.of("name", "Bravo", "parentId", phase, "durationMinutes", 960));
        String a = task(project, Map.of("name", "Alpha", "parentId", phase, "durationMinutes", 480));
        String c = task(project, Map.of("name", "Charlie", "durationMinutes", 1440));

        JsonPath all = asPm().get("/api/projects/{p}/tasks?size=200", project).then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.id")).containsExactly(phase, b, a, c); // WBS (position) order by default
        assertThat(all.getLong("totalItems")).isEqualTo(4);
        assertThat(all.getString("items.find { it.id == '" + a + "' }.schedule.start")).isEqualTo("2027-03-01T08:00:00");
        assertThat(all.getString("items.find { it.id == '" + b + "' }.schedule.finish")).isEqualTo("2027-03-02T17:00:00");
        assertThat(all.getString("items.find { it.id == '" + phase + "' }.wbs")).isEqualTo("1");
        assertThat(all.getString("items.find { it.id == '" + a + "' }.wbs")).isEqualTo("1.2");

        assertThat(asPm().queryParam("sort", "name,desc").get("/api/projects/{p}/tasks", project).then().statusCode(200)
                .extract().jsonPath().getList("items.id")).containsExactly(phase, c, b, a);
        assertThat(asPm().queryParam("sort", "durationMinutes,desc").queryParam("sort", "name,asc")
                .get("/api/projects/{p}/tasks", project).then().statusCode(200).extract().jsonPath().getList("items.name"))
                .containsExactly("Charlie", "Bravo", "Alpha", "Phase");

        JsonPath children = asPm().queryParam("parentId", phase).queryParam("size", 1).queryParam("page", 1)
                .get("/api/projects/{p}/tasks", project).then().statusCode(200).extract().jsonPath();
        assertThat(children.getList("items.id")).containsExactly(a);
        assertThat(children.getLong("totalItems")).isEqualTo(2);

        JsonPath beyond = asPm().queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .get("/api/projects/{p}/tasks", project).then().statusCode(200).extract().jsonPath();
        assertThat(beyond.getList("items")).isEmpty();
        assertThat(beyond.getLong("totalItems")).isEqualTo(4);
    }

    @Test
    void aTaskPatchTellsAnAbsentMemberFromANullOneFromAValue() {
        UUID project = createProject(uniqueName("Task merge patch"));
        String task = task(project, Map.of("name", "Cut over", "durationMinutes", 960,
                "deadline", "2027-03-10T17:00:00", "plannedCost", 4200));

        asPm().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"deadline\": null}")
                .patch("/api/projects/{p}/tasks/{t}", project, task).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("deadline", nullValue())
                .body("plannedCost", equalTo(4200.0f))
                .body("durationMinutes", equalTo(960))
                .body("name", equalTo("Cut over"));

        asPm().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"plannedCost\": 5000}")
                .patch("/api/projects/{p}/tasks/{t}", project, task).then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("plannedCost", equalTo(5000.0f))
                .body("deadline", nullValue());

        long events = outboxRows();
        for (String required : List.of("name", "durationMinutes", "milestone", "manual")) {
            asPm().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"" + required + "\": null}")
                    .patch("/api/projects/{p}/tasks/{t}", project, task).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors", hasSize(1))
                    .body("errors[0].pointer", equalTo("/" + required))
                    .body("errors[0].message", equalTo("cannot be cleared: leave it out to keep the current value"));
        }
        asPm().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{}")
                .patch("/api/projects/{p}/tasks/{t}", project, task).then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void aSmallNetworkWithLagsIsScheduledAndItsCriticalPathFound() {
        // Project starts Monday 2027-03-01 on the standard calendar (08:00–12:00, 13:00–17:00).
        UUID project = createProject(uniqueName("Network"));
        String phase = task(project, Map.of("name", "Roll-out"));
        String design = task(project, Map.of("name", "Design", "parentId", phase, "durationMinutes", 3 * 480));
        String build = task(project, Map.of("name", "Build", "parentId", phase, "durationMinutes", 5 * 480));
        String docs = task(project, Map.of("name", "Write docs", "parentId", phase, "durationMinutes", 2 * 480));
        String live = task(project, Map.of("name", "Go-live", "durationMinutes", 0, "milestone", true));

        link(project, design, build, "FS", Map.of("value", 480, "unit", "WORKING_MINUTES"));
        link(project, build, docs, "SS", Map.of("value", 240, "unit", "WORKING_MINUTES"));
        link(project, build, live, "FS", null);
        link(project, docs, live, "FS", null);

        JsonPath s = schedule(project);
        assertThat(s.getString("projectId")).isEqualTo(project.toString());
        assertThat(s.getString("start")).isEqualTo("2027-03-01T08:00:00");
        // Design Mon–Wed, one day lag (Thu), Build Fri 5th – Thu 11th, Go-live at its finish.
        assertThat(scheduled(s, design)).containsEntry("start", "2027-03-01T08:00:00")
                .containsEntry("finish", "2027-03-03T17:00:00").containsEntry("critical", true);
        assertThat(scheduled(s, build)).containsEntry("start", "2027-03-05T08:00:00")
                .containsEntry("finish", "2027-03-11T17:00:00").containsEntry("critical", true);
        // Docs start half a day after Build starts and have slack until Build finishes.
        assertThat(scheduled(s, docs)).containsEntry("start", "2027-03-05T13:00:00")
                .containsEntry("finish", "2027-03-09T12:00:00").containsEntry("critical", false)
                .containsEntry("totalSlackMinutes", 2 * 480 + 240);
        assertThat(scheduled(s, live)).containsEntry("finish", "2027-03-11T17:00:00").containsEntry("milestone", true)
                .containsEntry("critical", true);
        assertThat(scheduled(s, phase)).containsEntry("summary", true).containsEntry("wbs", "1")
                .containsEntry("start", "2027-03-01T08:00:00").containsEntry("finish", "2027-03-11T17:00:00");
        assertThat(scheduled(s, build)).containsEntry("wbs", "1.2").containsEntry("outlineLevel", 2);
        assertThat(s.getString("finish")).isEqualTo("2027-03-11T17:00:00");

        // Lengthening Docs by 4 days moves the critical path through it.
        String etag = asPm().get("/api/projects/{p}/tasks/{t}", project, docs).then().statusCode(200)
                .extract().header("ETag");
        asPm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("durationMinutes", 6 * 480))
                .patch("/api/projects/{p}/tasks/{t}", project, docs).then().statusCode(200)
                .body("schedule.finish", equalTo("2027-03-15T12:00:00"))
                .body("schedule.critical", equalTo(true))
                .body("version", equalTo(1));
        s = schedule(project);
        // Build stays critical: its start drives Docs through the SS link.
        assertThat(scheduled(s, build)).containsEntry("critical", true).containsEntry("totalSlackMinutes", 0);
        assertThat(scheduled(s, docs)).containsEntry("totalSlackMinutes", 0);
        assertThat(s.getString("finish")).isEqualTo("2027-03-15T12:00:00");

        // Progress: Design started a day late and is done.
        String designEtag = asPm().get("/api/projects/{p}/tasks/{t}", project, design).then().extract().header("ETag");
        asPm().contentType(ContentType.JSON).header("If-Match", designEtag)
                .body(Map.of("progress", Map.of("actualStart", "2027-03-02T08:00:00",
                        "actualFinish", "2027-03-04T17:00:00", "percentComplete", 100)))
                .patch("/api/projects/{p}/tasks/{t}", project, design).then().statusCode(200)
                .body("progress.percentComplete", equalTo(100));
        assertThat(scheduled(schedule(project), build)).containsEntry("start", "2027-03-08T08:00:00");

        // A stale ETag is refused; deleting a dependency recomputes.
        asPm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("name", "Docs"))
                .patch("/api/projects/{p}/tasks/{t}", project, docs).then().statusCode(412);
        List<Map<String, Object>> links = asPm().queryParam("taskId", live).get("/api/projects/{p}/dependencies", project)
                .then().statusCode(200).body("totalItems", equalTo(2)).extract().path("items");
        assertThat(links).hasSize(2);
        asPm().get("/api/projects/{p}/tasks", project).then().statusCode(200).body("totalItems", equalTo(5))
                .body("items[0].name", equalTo("Roll-out"));
    }

    @Test
    void movingTheProjectsStartReschedulesItsTasks() {
        UUID project = createProject(uniqueName("Moved start"));
        String design = task(project, Map.of("name", "Design", "durationMinutes", 2 * 480));
        assertThat(scheduled(schedule(project), design)).containsEntry("start", "2027-03-01T08:00:00");

        String etag = asPm().get("/api/projects/{p}", project).then().statusCode(200).extract().header("ETag");
        asPm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("startDate", "2027-03-08"))
                .patch("/api/projects/{p}", project).then().statusCode(200);

        JsonPath s = schedule(project);
        assertThat(s.getString("start")).isEqualTo("2027-03-08T08:00:00");
        assertThat(scheduled(s, design)).containsEntry("start", "2027-03-08T08:00:00")
                .containsEntry("finish", "2027-03-09T17:00:00");
    }

    @Test
    void aProjectCalendarShiftsTheDatesAndItsHolidaysAreSkipped() {
        UUID project = createProject(uniqueName("Calendars"));
        String t = task(project, Map.of("name", "Cut-over", "durationMinutes", 2 * 420));
        List<Map<String, String>> early = List.of(Map.of("from", "07:00", "to", "14:00"));
        Map<String, Object> calendar = Map.of("name", "Early shift", "projectDefault", true,
                "weekDays", Map.of("MONDAY", early, "TUESDAY", early, "WEDNESDAY", early, "THURSDAY", early,
                        "FRIDAY", early),
                "exceptions", List.of(Map.of("name", "Closed", "from", "2027-03-02", "to", "2027-03-02")));
        var created = asPm().contentType(ContentType.JSON).body(calendar).post("/api/projects/{p}/calendars", project)
                .then().statusCode(201).body("projectDefault", equalTo(true)).extract();
        String calendarId = created.path("id");

        JsonPath s = schedule(project);
        assertThat(scheduled(s, t)).containsEntry("start", "2027-03-01T07:00:00")
                .containsEntry("finish", "2027-03-03T14:00:00");

        asPm().contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("name", "Early shift", "projectDefault", true,
                        "weekDays", Map.of("MONDAY", early, "TUESDAY", early, "WEDNESDAY", early, "THURSDAY", early,
                                "FRIDAY", early)))
                .put("/api/projects/{p}/calendars/{c}", project, calendarId).then().statusCode(200)
                .body("version", equalTo(1));
        assertThat(scheduled(schedule(project), t)).containsEntry("finish", "2027-03-02T14:00:00");
        asPm().get("/api/projects/{p}/calendars", project).then().statusCode(200)
                .body("name", hasItem("Early shift")).body("[0].weekDays.MONDAY[0].from", equalTo("07:00:00"));
    }

    @Test
    void aCycleIsRefusedNamingItsTasksAndNothingIsWritten() {
        UUID project = createProject(uniqueName("Cycle"));
        String a = task(project, Map.of("name", "Alpha", "durationMinutes", 480));
        String b = task(project, Map.of("name", "Bravo", "durationMinutes", 480));
        String c = task(project, Map.of("name", "Charlie", "durationMinutes", 480));
        link(project, a, b, "FS", null);
        link(project, b, c, "FS", null);
        long links = count("select count(*) from schedule_dependency where project_id = ?", project);
        long events = outboxRows();

        asPm().contentType(ContentType.JSON).body(Map.of("predecessorId", c, "successorId", a, "type", "FS"))
                .post("/api/projects/{p}/dependencies", project).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("cycle"))
                .body("detail", containsString("Alpha")).body("detail", containsString("Bravo"))
                .body("detail", containsString("Charlie"));

        assertThat(count("select count(*) from schedule_dependency where project_id = ?", project)).isEqualTo(links);
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void badInputIsA4xxProblemAndWritesNothing() {
        UUID project = createProject(uniqueName("Bad schedule input"));
        String a = task(project, Map.of("name", "Alpha", "durationMinutes", 480));
        long tasks = count("select count(*) from schedule_task where project_id = ?", project);
        long events = outboxRows();

        asPm().contentType(ContentType.JSON).body(Map.of("name", "Negative", "durationMinutes", -5))
                .post("/api/projects/{p}/tasks", project).then().statusCode(400)
                .contentType("application/problem+json").body("errors.pointer", hasItem("/durationMinutes"));
        asPm().contentType(ContentType.JSON).body(Map.of("name", "Orphan", "parentId", UUID.randomUUID().toString()))
                .post("/api/projects/{p}/tasks", project).then().statusCode(400).body("errors.pointer", hasItem("/parentId"));
        asPm().contentType(ContentType.JSON).body(Map.of("name", "No date", "constraint", Map.of("type", "MUST_START_ON")))
                .post("/api/projects/{p}/tasks", project).then().statusCode(400)
                .body("errors.pointer", hasItem("/constraint/date"));
        asPm().contentType(ContentType.JSON).body(Map.of("name", "Bad type", "constraint", Map.of("type", "SOMETIME")))
                .post("/api/projects/{p}/tasks", project).then().statusCode(400)
                .body("errors.pointer", hasItem("/constraint/type"));
        asPm().contentType(ContentType.JSON)
                .body(Map.of("predecessorId", a, "successorId", UUID.randomUUID().toString()))
                .post("/api/projects/{p}/dependencies", project).then().statusCode(400)
                .contentType("application/problem+json").body("errors.pointer", hasItem("/successorId"));
        asPm().contentType(ContentType.JSON).body(Map.of("predecessorId", a, "successorId", a))
                .post("/api/projects/{p}/dependencies", project).then().statusCode(400);
        asPm().contentType(ContentType.JSON).body(Map.of("name", "Never", "weekDays", Map.of("MONDAY", List.of())))
                .post("/api/projects/{p}/calendars", project).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("no working time"));
        asPm().contentType(ContentType.JSON).body(Map.of("name", "Backwards",
                        "weekDays", Map.of("MONDAY", List.of(Map.of("from", "17:00", "to", "08:00")))))
                .post("/api/projects/{p}/calendars", project).then().statusCode(400)
                .body("errors.pointer", hasItem("/weekDays/MONDAY/0"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("[1]")
                .patch("/api/projects/{p}/tasks/{t}", project, a).then().statusCode(400);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("durationMinutes", -1))
                .patch("/api/projects/{p}/tasks/{t}", project, a).then().statusCode(400)
                .body("errors.pointer", hasItem("/durationMinutes"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("nmae", "x"))
                .patch("/api/projects/{p}/tasks/{t}", project, a).then().statusCode(400)
                .body("errors.pointer", hasItem("/nmae"));

        assertThat(count("select count(*) from schedule_task where project_id = ?", project)).isEqualTo(tasks);
        assertThat(count("select count(*) from schedule_calendar where project_id = ?", project)).isZero();
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void nonMembersGet404AndViewersMayOnlyRead() {
        UUID project = createProject(uniqueName("Schedule roles"));
        String a = task(project, Map.of("name", "Alpha", "durationMinutes", 480));
        asPm().contentType(ContentType.JSON).body(Map.of("username", "viewer", "role", "VIEWER"))
                .put("/api/projects/{id}/members/{user}", project, TestTokens.subjectOf("viewer")).then().statusCode(201);

        var outsider = as("outsider", "project-manager");
        outsider.get("/api/projects/{p}/tasks", project).then().statusCode(404).contentType("application/problem+json");
        as("outsider", "project-manager").get("/api/projects/{p}/tasks/{t}", project, a).then().statusCode(404);
        as("outsider", "project-manager").get("/api/projects/{p}/schedule", project).then().statusCode(404);
        as("outsider", "project-manager").get("/api/projects/{p}/export", project).then().statusCode(404);
        as("outsider", "project-manager").get("/api/projects/{p}/calendars", project).then().statusCode(404);
        as("outsider", "project-manager").get("/api/projects/{p}/dependencies", project).then().statusCode(404);
        as("outsider", "project-manager").contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/api/projects/{p}/tasks", project).then().statusCode(404);
        as("outsider", "project-manager").header("If-Match", "\"0\"")
                .delete("/api/projects/{p}/tasks/{t}", project, a).then().statusCode(404);

        as("viewer", "viewer").get("/api/projects/{p}/schedule", project).then().statusCode(200);
        as("viewer", "viewer").get("/api/projects/{p}/tasks/{t}", project, a).then().statusCode(200);
        as("viewer", "viewer").contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/api/projects/{p}/tasks", project).then().statusCode(403).contentType("application/problem+json");
        as("viewer", "viewer").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "y"))
                .patch("/api/projects/{p}/tasks/{t}", project, a).then().statusCode(403);
        as("viewer", "viewer").header("If-Match", "\"0\"").delete("/api/projects/{p}/tasks/{t}", project, a).then()
                .statusCode(403);
        as("viewer", "viewer").contentType(ContentType.JSON).body(Map.of("name", "Cal",
                        "weekDays", Map.of("MONDAY", List.of(Map.of("from", "08:00", "to", "12:00")))))
                .post("/api/projects/{p}/calendars", project).then().statusCode(403);
        as("viewer", "viewer").contentType(ContentType.JSON).body(Map.of("predecessorId", a, "successorId", a))
                .post("/api/projects/{p}/dependencies", project).then().statusCode(403);
        asPm().get("/api/projects/{p}/tasks/{t}", project, a).then().body("version", equalTo(0))
                .body("name", equalTo("Alpha"));
    }

    @Test
    void deletingATaskRemovesItsLinksAndASummaryMustBeEmptiedFirst() {
        UUID project = createProject(uniqueName("Delete"));
        String parent = task(project, Map.of("name", "Phase"));
        String child = task(project, Map.of("name", "Work", "parentId", parent, "durationMinutes", 480));
        String next = task(project, Map.of("name", "Next", "durationMinutes", 480));
        link(project, child, next, "FS", null);

        asPm().header("If-Match", "\"0\"").delete("/api/projects/{p}/tasks/{t}", project, parent).then()
                .statusCode(409).contentType("application/problem+json");
        asPm().delete("/api/projects/{p}/tasks/{t}", project, child).then().statusCode(428);
        asPm().header("If-Match", "\"0\"").delete("/api/projects/{p}/tasks/{t}", project, child).then().statusCode(204);
        asPm().get("/api/projects/{p}/tasks/{t}", project, child).then().statusCode(404);
        assertThat(count("select count(*) from schedule_dependency where project_id = ?", project)).isZero();
        assertThat(scheduled(schedule(project), next)).containsEntry("start", "2027-03-01T08:00:00");
    }
}
