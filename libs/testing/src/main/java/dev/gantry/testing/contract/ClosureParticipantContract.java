package dev.gantry.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.Inbox;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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

/**
 * What every participant of the closure saga must do, checked against the real broker: answer a
 * ProjectClosureRequested that names it, from its own outbox and on its own topic, keyed by the project; answer a
 * redelivered request once; leave a request that does not name it alone. Each event is consumed before the next is
 * sent, so what is checked never depends on timing. A service's test extends this class (annotated
 * {@code @QuarkusTest}), names its answer and checks the answer's own fields.
 */
public abstract class ClosureParticipantContract {

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROJECT_EVENTS = "project-events";
    private static KafkaTestClient kafka;

    /** The participant's name as requests list it, e.g. {@link ClosureParticipants#RESOURCES}. */
    protected abstract String participant();

    /** The topic the participant answers on. */
    protected abstract String answerTopic();

    /** The CloudEvents type of the answer. */
    protected abstract String answerType();

    /** Checks the participant's own fields of a COMPLETED answer to {@link #request}. */
    protected abstract void checkAnswer(JsonNode answer);

    /**
     * Makes the project known to the participant before the request, for participants that need it; returns only when
     * the participant has consumed what it sent ({@link #awaitConsumed}).
     */
    protected void knowProject(UUID project) {
    }

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

    protected static KafkaTestClient kafka() {
        return kafka;
    }

    /** A closure request that closes open risks and expects the given participants. */
    protected static ProjectClosureRequested request(UUID project, UUID closure, List<String> participants) {
        Instant now = Instant.now();
        return new ProjectClosureRequested(project, closure, "user-1", "pm", "Done", ClosureParticipants.CLOSE, null,
                participants, now, now.plusSeconds(600));
    }

    /** The participant's answers to one closure, waiting until {@code expected} have arrived. */
    protected List<ConsumerRecord<String, String>> answers(UUID closure, int expected) {
        return kafka.awaitRecords(answerTopic(), r -> answerType().equals(header(r, CloudEventHeaders.TYPE))
                && r.value().contains(closure.toString()), expected, Duration.ofSeconds(30));
    }

    /**
     * Waits until the service has consumed the project event, so that the test sends its next one only then. The
     * channel is the platform's one consumer of project events ({@code ProjectEventsConsumer.CHANNEL}).
     */
    protected static void awaitConsumed(UUID eventId) {
        Inbox.awaitProcessed(PROJECT_EVENTS, eventId);
    }

    @Test
    void answersAClosureRequestOnceEvenWhenItIsRedelivered() throws IOException {
        UUID project = UUID.randomUUID();
        knowProject(project);
        UUID closure = UUID.randomUUID();
        UUID eventId = TestEvents.send(kafka, request(project, closure, ClosureParticipants.ALL));

        ConsumerRecord<String, String> record = answers(closure, 1).get(0);
        assertThat(record.key()).isEqualTo(project.toString());
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/gantry/" + participant());
        JsonNode answer = JSON.readTree(record.value());
        assertThat(answer.path("projectId").asText()).isEqualTo(project.toString());
        assertThat(answer.path("closureId").asText()).isEqualTo(closure.toString());
        assertThat(answer.path("outcome").asText()).isEqualTo(ClosureParticipants.COMPLETED);
        assertThat(answer.path("answeredAt").asText()).isNotBlank();
        checkAnswer(answer);

        // A redelivery of the request is not answered. It changes nothing a test can see, so the test waits until
        // the service's consumer group (named after the service) has committed past it.
        RecordMetadata redelivery = TestEvents.send(kafka, request(project, closure, ClosureParticipants.ALL), eventId);
        kafka.awaitCommitted(participant(), redelivery, Duration.ofSeconds(30));
        assertThat(outboxAnswers(closure)).as("answers to the redelivered request").isEqualTo(1);

        // A request that does not expect this participant is consumed, and not answered.
        UUID notForUs = UUID.randomUUID();
        List<String> others = ClosureParticipants.ALL.stream().filter(p -> !p.equals(participant())).toList();
        awaitConsumed(TestEvents.send(kafka, request(project, notForUs, others)));
        assertThat(outboxAnswers(notForUs)).as("answers to a request for the others").isZero();

        assertThat(kafka.readAll(answerTopic()).stream()
                .filter(r -> answerType().equals(header(r, CloudEventHeaders.TYPE)))
                .filter(r -> r.value().contains(closure.toString()) || r.value().contains(notForUs.toString())))
                .hasSize(1);
    }

    private long outboxAnswers(UUID closure) {
        try (Connection connection = GantryTestResources.postgres().connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from outbox where event_type = ? and payload like ?")) {
            statement.setString(1, answerType());
            statement.setString(2, "%" + closure + "%");
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
