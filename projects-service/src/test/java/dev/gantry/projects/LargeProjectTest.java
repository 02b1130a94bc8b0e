package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.project.ScheduleChanged;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 20,000-task programme against the real broker with its default message limits: it imports, every record stays
 * within the platform's bound, a consumer rebuilds the exact schedule from the compacted topic, and another project's
 * events are not held up behind it.
 */
@QuarkusTest
class LargeProjectTest {

    private static final int BOUND = 256 * 1024;
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
    void aTwentyThousandTaskPlanImportsWithBoundedRecordsAndOtherProjectsKeepFlowing() throws Exception {
        UUID other = createProject(uniqueName("Neighbour"));
        byte[] plan = LargePlans.mpx(20_000, 7);
        String imported = ScheduleImportTest.importFile(plan);
        UUID project = UUID.fromString(imported);

        // Right after the import, another project's rename reaches the topic: nothing waits behind the large plan.
        String renamed = uniqueName("Neighbour renamed");
        String etag = asPm().get("/api/projects/{p}", other).then().statusCode(200).extract().header("ETag");
        asPm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("name", renamed))
                .patch("/api/projects/{p}", other).then().statusCode(200);
        kafka.awaitRecords(Topics.PROJECTS, r -> other.toString().equals(r.key()) && r.value() != null
                && r.value().contains(renamed), 1, Duration.ofSeconds(60));

        // A single-task edit of the large plan publishes only what it changed.
        List<Map<String, Object>> page = asPm().get("/api/projects/{p}/tasks?size=200&page=99", project).then()
                .statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> late = page.get(page.size() - 1);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"" + late.get("version") + "\"")
                .body(Map.of("name", "Renamed near the end"))
                .patch("/api/projects/{p}/tasks/{t}", project, late.get("id")).then().statusCode(200);

        // A longer first task moves nearly every task: the schedules topic gets the edited task and the dates
        // segments (a few hundred tasks each), not a record per moved task.
        Map<String, Object> firstTask = asPm().get("/api/projects/{p}/tasks?size=200&page=0", project).then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(t -> !Boolean.TRUE.equals(t.get("summary"))).findFirst().orElseThrow();
        asPm().contentType(ContentType.JSON).header("If-Match", "\"" + firstTask.get("version") + "\"")
                .body(Map.of("durationMinutes", ((Number) firstTask.get("durationMinutes")).longValue() + 4800))
                .patch("/api/projects/{p}/tasks/{t}", project, firstTask.get("id")).then().statusCode(200);

        IncrementalScheduleTest.assertConsumerRebuildsTheSchedule(kafka, project);
        for (String topic : List.of(Topics.PROJECTS, Topics.PROJECT_SCHEDULES)) {
            for (ConsumerRecord<String, String> r : kafka.readAll(topic)) {
                int size = (r.value() == null ? 0 : r.value().getBytes(StandardCharsets.UTF_8).length)
                        + r.key().getBytes(StandardCharsets.UTF_8).length;
                assertThat(size).as("record %s (%s) on %s", r.key(), header(r, "ce_type"), topic)
                        .isLessThanOrEqualTo(BOUND);
            }
        }
        List<ConsumerRecord<String, String>> versions = kafka.readAll(Topics.PROJECT_SCHEDULES).stream()
                .filter(r -> project.toString().equals(r.key())).toList();
        JsonNode moved = JSON.readTree(versions.get(versions.size() - 1).value());
        int segments = moved.path("dateSegments").asInt();
        assertThat(segments).as("segments of 21,000 tasks").isEqualTo(128);
        assertThat(moved.path("changedRecords").asInt()).as("records of the edit that moved the plan")
                .isBetween(2, segments + 1);
        assertThat(versions.get(versions.size() - 2).value()).as("the rename").contains("\"changedRecords\":1,");
        // ScheduleChanged is one record per version whatever moved: the import's and the long first task's count
        // thousands of moved tasks and list none of them (their dates are in the segments); the rename moved nothing.
        List<JsonNode> changes = new ArrayList<>();
        for (ConsumerRecord<String, String> r : kafka.readAll(Topics.PROJECTS)) {
            if (project.toString().equals(r.key()) && "dev.gantry.project.schedule-changed.v2".equals(header(r, "ce_type"))) {
                changes.add(JSON.readTree(r.value()));
            }
        }
        assertThat(changes).as("ScheduleChanged of the import and of the longer first task").hasSize(2);
        assertThat(changes).extracting(c -> c.path("version").asLong()).doesNotHaveDuplicates();
        JsonNode importChange = changes.get(0);
        long taskCount = asPm().get("/api/projects/{p}/tasks?size=1", project).then().statusCode(200).extract()
                .jsonPath().getLong("totalItems");
        assertThat(importChange.path("movedTaskCount").asLong()).as("every imported task").isEqualTo(taskCount);
        assertThat(importChange.path("complete").asBoolean()).isFalse();
        assertThat(importChange.path("movedTasks")).isEmpty();
        JsonNode slipped = changes.get(1);
        assertThat(slipped.path("movedTaskCount").asInt()).isGreaterThan(ScheduleChanged.MAX_LISTED);
        assertThat(slipped.path("complete").asBoolean()).isFalse();
        assertThat(slipped.path("previousFinish").asText()).isEqualTo(importChange.path("finish").asText());
        assertThat(LocalDateTime.parse(slipped.path("finish").asText()))
                .isAfter(LocalDateTime.parse(importChange.path("finish").asText()));
    }
}
