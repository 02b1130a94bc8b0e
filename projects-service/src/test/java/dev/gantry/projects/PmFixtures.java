package dev.gantry.projects;

import dev.gantry.testing.TestTokens;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.asPm;

/** Test data for charters, lifecycle and stakeholders. Projects from {@link ProjectsApi#newProject} start 2027-03-01. */
final class PmFixtures {

    private PmFixtures() {
    }

    /** A charter that passes the INITIATING → PLANNING gate and has a planned end date. */
    static Map<String, Object> fullCharter() {
        Map<String, Object> charter = new HashMap<>();
        charter.put("scopeStatement", "Replace the core switches in all 42 branch offices.");
        charter.put("objectives", List.of(Map.of(
                "title", "Fewer network outages",
                "description", "Branches stay online during business hours.",
                "kpis", List.of(Map.of("name", "Branch availability", "target", 99.9, "unit", "%",
                        "dueDate", "2027-12-31", "currentValue", 98.7)))));
        charter.put("deliverables", List.of(Map.of(
                "name", "New switches in production", "dueDate", "2027-10-31",
                "acceptanceCriteria", List.of("All branches migrated", "Monitoring green for 14 days"))));
        charter.put("inScope", List.of("Core switches", "Branch uplinks"));
        charter.put("outOfScope", List.of("Wi-Fi access points"));
        charter.put("constraints", List.of("Changes only outside opening hours"));
        charter.put("assumptions", List.of("Hardware delivered by May"));
        charter.put("contingency", Map.of("amount", 12000, "currency", "EUR"));
        charter.put("sponsor", Map.of("name", "Dana Whitfield", "email", "dana.whitfield@example.com"));
        charter.put("priority", "HIGH");
        charter.put("plannedEndDate", "2027-11-30");
        return charter;
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    static void putCharter(UUID project, Map<String, Object> charter) {
        asPm().contentType(ContentType.JSON).body(charter).put("/api/projects/{id}/charter", project).then()
                .statusCode(201);
    }

    static String projectEtag(UUID project) {
        return asPm().get("/api/projects/{id}", project).then().statusCode(200).extract().header("ETag");
    }

    /** Moves the project as its manager and expects success. */
    static void move(UUID project, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        asPm().contentType(ContentType.JSON).header("If-Match", projectEtag(project)).body(body)
                .post("/api/projects/{id}/transitions", project).then().statusCode(200);
    }

    /**
     * Gives the project a one-task plan (if it has no tasks yet) and saves a baseline of it, as its manager: what the
     * PLANNING → EXECUTING gate asks for. Returns the baseline's id.
     */
    static String saveBaseline(UUID project, String name) {
        long tasks = ProjectsApi.count("select count(*) from schedule_task where project_id = ?", project);
        if (tasks == 0) {
            asPm().contentType(ContentType.JSON).body(Map.of("name", "Plan the work", "durationMinutes", 480))
                    .post("/api/projects/{id}/tasks", project).then().statusCode(201);
        }
        return asPm().contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/projects/{id}/baselines", project).then().statusCode(201).extract().path("id");
    }

    static void addMember(UUID project, String user, String role) {
        asPm().contentType(ContentType.JSON).body(Map.of("username", user, "role", role))
                .put("/api/projects/{id}/members/{user}", project, TestTokens.subjectOf(user)).then()
                .statusCode(201);
    }

    static long charterRows() {
        return ProjectsApi.count("select count(*) from project_charter");
    }

    static long stakeholderRows() {
        return ProjectsApi.count("select count(*) from stakeholder");
    }
}
