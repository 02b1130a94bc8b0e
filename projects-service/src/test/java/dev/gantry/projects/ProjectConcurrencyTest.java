package dev.gantry.projects;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.count;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.newProject;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** No lost updates (ETag/If-Match) and safe retries (Idempotency-Key). */
@QuarkusTest
class ProjectConcurrencyTest {

    @Test
    void aStaleIfMatchGets412AndChangesNothing() {
        UUID id = createProject(uniqueName("Optimistic"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "First writer"))
                .patch("/api/projects/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        long events = outboxRows();

        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "Second writer"))
                .patch("/api/projects/{id}", id).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("\"1\""));

        asPm().get("/api/projects/{id}", id).then().body("name", equalTo("First writer")).body("version", equalTo(1));
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void anUpdateWithoutIfMatchGets428() {
        UUID id = createProject(uniqueName("Unconditional"));
        asPm().contentType(ContentType.JSON).body(Map.of("name", "Blind write"))
                .patch("/api/projects/{id}", id).then()
                .statusCode(428)
                .contentType("application/problem+json");
        asPm().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("name", "Deliberate overwrite"))
                .patch("/api/projects/{id}", id).then().statusCode(200);
    }

    @Test
    void theSameIdempotencyKeyTwiceGivesTheSameResponseAndOneProject() {
        String name = uniqueName("Idempotent");
        String key = UUID.randomUUID().toString();
        var first = asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(newProject(name))
                .post("/api/projects").then().statusCode(201).extract();
        var second = asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(newProject(name))
                .post("/api/projects").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();

        assertThat(second.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        assertThat(count("select count(*) from project where name = ?", name)).isEqualTo(1);
        assertThat(count("select count(*) from outbox where event_type = 'dev.gantry.project.created.v1'"
                + " and message_key = ?", first.<String>path("id"))).isEqualTo(1);
    }

    @Test
    void reusingAKeyForADifferentRequestGets422() {
        String key = UUID.randomUUID().toString();
        asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(newProject(uniqueName("One")))
                .post("/api/projects").then().statusCode(201);
        asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(newProject(uniqueName("Other")))
                .post("/api/projects").then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName("Scoped");
        String mine = asPm().header("Idempotency-Key", key).contentType(ContentType.JSON).body(newProject(name))
                .post("/api/projects").then().statusCode(201).extract().path("id");
        String theirs = ProjectsApi.as("pm2", "project-manager").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(newProject(name))
                .post("/api/projects").then().statusCode(201).extract().path("id");
        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneProject() throws Exception {
        String name = uniqueName("Concurrent");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> asPm().header("Idempotency-Key", key).contentType(ContentType.JSON)
                        .body(newProject(name)).post("/api/projects").then().statusCode(201)
                        .extract().path("id"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(calls)) {
                ids.add(result.get());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from project where name = ?", name)).isEqualTo(1);
    }

    @Test
    void anOverlongIdempotencyKeyIsRejected() {
        asPm().header("Idempotency-Key", "k".repeat(300)).contentType(ContentType.JSON)
                .body(newProject(uniqueName("Long key"))).post("/api/projects").then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("Idempotency-Key"));
    }
}
