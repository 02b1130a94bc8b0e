package dev.gantry.projects;

import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaBroker;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.count;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox delivers every committed event once the broker is back: none lost, none duplicated, in order. */
@QuarkusTest
class OutboxOutageTest {

    private final KafkaBroker broker = GantryTestResources.kafka();

    @AfterEach
    void brokerBack() {
        broker.start();
    }

    @Test
    void eventsCommittedWhileTheBrokerIsDownArriveOnceAndInOrderWhenItReturns() {
        broker.stop();
        List<UUID> projects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = createProject(uniqueName("Outage " + i));
            projects.add(id);
            asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("description", "changed during the outage"))
                    .patch("/api/projects/{id}", id).then().statusCode(200);
        }
        assertThat(pending(projects)).as("events waiting in the outbox").isEqualTo(6);

        broker.start();

        try (KafkaTestClient kafka = new KafkaTestClient(broker)) {
            Set<String> keys = new HashSet<>(projects.stream().map(UUID::toString).toList());
            kafka.awaitRecords(Topics.PROJECTS, r -> keys.contains(r.key()), 6, Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(20)).until(() -> pending(projects) == 0);

            List<ConsumerRecord<String, String>> all = kafka.readAll(Topics.PROJECTS).stream()
                    .filter(r -> keys.contains(r.key())).toList();
            assertThat(all).hasSize(6);
            assertThat(all).extracting(r -> header(r, "ce_id")).doesNotHaveDuplicates();
            for (UUID project : projects) {
                assertThat(all.stream().filter(r -> r.key().equals(project.toString()))
                        .map(r -> header(r, "ce_type")))
                        .containsExactly("dev.gantry.project.created.v1", "dev.gantry.project.updated.v1");
            }
        }
    }

    @Test
    void rowsLeftUnpublishedByAnEarlierProcessArePublishedByThePollingSafetyNet() throws Exception {
        UUID eventId = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        try (Connection connection = GantryTestResources.postgres().connect();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into outbox (event_id, topic, message_key, event_type, source, subject, actor,
                                         occurred_at, payload)
                     values (?, ?, ?, 'dev.gantry.project.member-removed.v1', '/gantry/projects-service', ?,
                             'system', ?, ?)""")) {
            insert.setObject(1, eventId);
            insert.setString(2, Topics.PROJECTS);
            insert.setString(3, key);
            insert.setString(4, key);
            insert.setObject(5, java.sql.Timestamp.from(Instant.now()));
            insert.setString(6, "{\"projectId\":\"" + key + "\",\"userId\":\"u\",\"removedAt\":\"2026-01-01T00:00:00Z\"}");
            insert.executeUpdate();
        }
        try (KafkaTestClient kafka = new KafkaTestClient(broker)) {
            ConsumerRecord<String, String> record = kafka.awaitRecords(Topics.PROJECTS,
                    r -> key.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
            assertThat(header(record, "ce_id")).isEqualTo(eventId.toString());
        }
    }

    private static long pending(List<UUID> projects) {
        return projects.stream()
                .mapToLong(id -> count("select count(*) from outbox where published_at is null and message_key = ?",
                        id.toString()))
                .sum();
    }
}
