package dev.gantry.resources;

import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.contracts.project.ScheduleChanged;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A project event none of the service's handlers takes (here ScheduleChanged) is acknowledged without a transaction:
 * no inbox row; the events it does take are recorded as before.
 */
@QuarkusTest
class IgnoredEventsTest {

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
    void anEventNoHandlerTakesLeavesNoInboxRow() throws Exception {
        UUID project = UUID.randomUUID();
        UUID changed = TestEvents.send(kafka, ScheduleChanged.of(project, 1, LocalDateTime.of(2027, 3, 1, 8, 0),
                LocalDateTime.of(2027, 3, 5, 17, 0), null, null, Instant.now(), 0, List.of(), 0, List.of()));
        Member manager = new Member(TestTokens.subjectOf("pm").toString(), "pm", ProjectRole.MANAGER);
        UUID created = TestEvents.send(kafka, new ProjectCreated(project, "Ignored events", null, "GENERIC",
                "INITIATING", manager, LocalDate.of(2027, 3, 1), null, List.of(manager), 0, Instant.now()));

        // The project's creation was applied, so the record before it in the partition was read and acknowledged.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inboxRows(created)).isEqualTo(1));
        assertThat(inboxRows(changed)).isZero();
        TestTokens.as("pm", "project-manager").get("/api/resources/projects/{id}", project).then().statusCode(200);
    }

    private static long inboxRows(UUID eventId) throws Exception {
        try (Connection connection = GantryTestResources.postgres().connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from inbox where event_id = ?")) {
            statement.setObject(1, eventId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
