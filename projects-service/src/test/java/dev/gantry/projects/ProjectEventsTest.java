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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

/** Every state change publishes exactly one CloudEvent, keyed and ordered by project. */
@QuarkusTest
class ProjectEventsTest {

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
    void projectCreatedIsABinaryModeCloudEventWithTheActorAndTraceParent() throws Exception {
        UUID id = createProject(uniqueName("Event shape"));

        ConsumerRecord<String, String> event = kafka.awaitRecords(Topics.PROJECTS,
                r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(20)).get(0);

        assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(UUID.fromString(header(event, "ce_id"))).isNotNull();
        assertThat(header(event, "ce_type")).isEqualTo("dev.gantry.project.created.v1");
        assertThat(header(event, "ce_source")).isEqualTo("/gantry/projects-service");
        assertThat(Instant.parse(header(event, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(header(event, "ce_subject")).isEqualTo(id.toString());
        assertThat(header(event, "content-type")).isEqualTo("application/json");
        assertThat(header(event, "ce_actor")).isEqualTo(TestTokens.subjectOf("pm").toString());
        assertThat(header(event, "ce_traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

        JsonNode data = JSON.readTree(event.value());
        assertThat(data.path("projectId").asText()).isEqualTo(id.toString());
        assertThat(data.path("type").asText()).isEqualTo("NETWORK_ROLLOUT");
        assertThat(data.path("manager").path("role").asText()).isEqualTo("MANAGER");
        assertThat(data.path("members")).hasSize(1);
        assertThat(data.path("budget").path("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void oneEventPerStateChangeInOrderPerProject() {
        UUID id = createProject(uniqueName("Event order"));
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Renamed", "startDate", "2027-05-03"))
                .patch("/api/projects/{id}", id).then().statusCode(200);
        asPm().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("name", "Renamed"))
                .patch("/api/projects/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        asPm().contentType(ContentType.JSON).body(Map.of("username", "dev", "role", "MEMBER"))
                .put("/api/projects/{id}/members/{user}", id, TestTokens.subjectOf("dev")).then().statusCode(201);
        asPm().delete("/api/projects/{id}/members/{user}", id, TestTokens.subjectOf("dev")).then().statusCode(204);

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords(Topics.PROJECTS,
                r -> id.toString().equals(r.key()), 4, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                "dev.gantry.project.created.v1",
                "dev.gantry.project.updated.v1",
                "dev.gantry.project.member-added.v1",
                "dev.gantry.project.member-removed.v1");
        assertThat(events).extracting(ConsumerRecord::partition).containsOnly(events.get(0).partition());
        assertThat(events.get(1).value()).contains("\"changedFields\":[\"name\",\"startDate\"]");

        // nothing more arrives: the no-op update published nothing
        assertThat(kafka.readAll(Topics.PROJECTS).stream().filter(r -> id.toString().equals(r.key()))).hasSize(4);
    }
}
