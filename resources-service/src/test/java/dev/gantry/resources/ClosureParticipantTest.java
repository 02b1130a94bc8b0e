package dev.gantry.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

/** resources-service answers closure requests from the real broker with ProjectResourcesReleased, once per closure. */
@QuarkusTest
class ClosureParticipantTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER = "dev.gantry.resources.project-resources-released.v1";
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

    private static ProjectClosureRequested request(UUID project, UUID closure, List<String> participants) {
        Instant now = Instant.now();
        return new ProjectClosureRequested(project, closure, "user-1", "pm", "Done", ClosureParticipants.CLOSE, null,
                participants, now, now.plusSeconds(600));
    }

    private static List<ConsumerRecord<String, String>> answers(UUID closure, int expected) {
        return kafka.awaitRecords(Topics.RESOURCES, r -> ANSWER.equals(header(r, CloudEventHeaders.TYPE))
                && r.value().contains(closure.toString()), expected, Duration.ofSeconds(30));
    }

    private static long outboxAnswers(UUID closure) {
        try (Connection connection = GantryTestResources.postgres().connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from outbox where event_type = ? and payload like ?")) {
            statement.setString(1, ANSWER);
            statement.setString(2, "%" + closure + "%");
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void answersAClosureRequestOnceEvenWhenItIsRedelivered() throws IOException {
        UUID project = UUID.randomUUID();
        UUID closure = UUID.randomUUID();
        UUID eventId = TestEvents.send(kafka, request(project, closure, ClosureParticipants.ALL));

        ConsumerRecord<String, String> record = answers(closure, 1).get(0);
        assertThat(record.key()).isEqualTo(project.toString());
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/gantry/resources-service");
        JsonNode answer = JSON.readTree(record.value());
        assertThat(answer.path("projectId").asText()).isEqualTo(project.toString());
        assertThat(answer.path("closureId").asText()).isEqualTo(closure.toString());
        assertThat(answer.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(answer.path("staffAllocationsReleased").asInt()).isZero();
        assertThat(answer.path("hardwareAllocationsReleased").asInt()).isZero();
        assertThat(answer.path("answeredAt").asText()).isNotBlank();

        // A redelivery of the request, and a request that does not expect resources-service, are not answered. A
        // later request of the same project (same partition, so processed after them) shows they were consumed.
        TestEvents.send(kafka, request(project, closure, ClosureParticipants.ALL), eventId);
        UUID notForUs = UUID.randomUUID();
        TestEvents.send(kafka, request(project, notForUs, List.of(ClosureParticipants.RISK)));
        UUID marker = UUID.randomUUID();
        TestEvents.send(kafka, request(project, marker, ClosureParticipants.ALL));
        answers(marker, 1);

        assertThat(kafka.readAll(Topics.RESOURCES).stream()
                .filter(r -> ANSWER.equals(header(r, CloudEventHeaders.TYPE)))
                .filter(r -> r.value().contains(closure.toString()) || r.value().contains(notForUs.toString())))
                .hasSize(1);
        assertThat(outboxAnswers(closure)).isEqualTo(1);
        assertThat(outboxAnswers(notForUs)).isZero();
    }
}
