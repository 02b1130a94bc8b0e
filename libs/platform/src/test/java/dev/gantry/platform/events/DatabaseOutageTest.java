package dev.gantry.platform.events;

import dev.gantry.contracts.Topics;
import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.fixture.FlakyHandler;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.PostgresServer;
import dev.gantry.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static dev.gantry.platform.fixture.FlakyEvents.deadLetters;
import static dev.gantry.platform.fixture.FlakyEvents.effects;
import static dev.gantry.platform.fixture.FlakyEvents.inboxRecords;
import static dev.gantry.platform.fixture.FlakyEvents.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * PostgreSQL really down (the embedded server stopped, sessions terminated, connections refused): an event waits for it
 * instead of being dead-lettered (ADR 0002), and a request gets a 503 that tells the client when to retry.
 */
@QuarkusTest
@WithTestResource(value = GantryTestResources.class, scope = TestResourceScope.GLOBAL)
class DatabaseOutageTest {

    private static final String NOTES = "/api/platform-test/notes";

    @Inject
    FlakyHandler handler;
    @Inject
    GantryConfig config;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anEventArrivingDuringAnOutageIsAppliedWhenTheDatabaseReturnsNeverDeadLetteredAndRequestsMeanwhileGet503()
            throws SQLException {
        PostgresServer postgres = GantryTestResources.postgres();
        String token = TestTokens.bearer("outage-user", "member");
        UUID id = UUID.randomUUID();
        // A service under load has several idle sessions in its pool; the outage terminates them all, and each is
        // met once more before the pool knows it is dead. They must count as the outage they are.
        fillThePoolWithIdleSessions(6);
        OutageWarnings warnings = OutageWarnings.install();
        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            try {
                postgres.stop();
                send(kafka, id, "outage-" + id, 0);

                // More attempts than a failing event gets before it is rejected: the outage is not held against it.
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> warnings.about(id) > config.consumer().maxAttempts());
                given().header("Authorization", token).contentType(ContentType.JSON)
                        .body(Map.of("text", "written during the outage"))
                        .post(NOTES)
                        .then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "5")
                        .body("type", equalTo(ProblemType.SERVICE_UNAVAILABLE.uri().toString()))
                        .body("status", equalTo(503))
                        .body("instance", equalTo(NOTES));
            } finally {
                postgres.start();
                warnings.uninstall();
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> effects(id) == 1);
            assertThat(handler.calls(id)).as("the handler ran once: every attempt during the outage failed before it")
                    .isEqualTo(1);
            assertThat(inboxRecords(id)).isEqualTo(1);
            assertThat(deadLetters(kafka, Topics.deadLetter(config.serviceName()), id)).isEmpty();
        }
        // The service recovers by itself: no restart, no stale session handed out.
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("text", "written after the outage"))
                .post(NOTES)
                .then().statusCode(201);
    }

    @Test
    void anEventWhoseSessionPostgresqlTerminatesIsRetriedLikeAnOutageNotDeadLettered() {
        UUID id = UUID.randomUUID();
        String deadLetterTopic = Topics.deadLetter(config.serviceName());
        // As many terminated sessions as a failing event is allowed attempts: counted as failures, they would reject it.
        int terminations = config.consumer().maxAttempts();
        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            send(kafka, id, "terminated-" + id, FlakyHandler.data(terminations, FlakyHandler.Failure.TERMINATED_SESSION));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> effects(id) == 1 || !deadLetters(kafka, deadLetterTopic, id).isEmpty());
            assertThat(deadLetters(kafka, deadLetterTopic, id)).isEmpty();
            assertThat(effects(id)).isEqualTo(1);
            assertThat(handler.calls(id)).isEqualTo(terminations + 1);
            assertThat(inboxRecords(id)).isEqualTo(1);
        }
    }

    @Test
    void aRequestWhoseSessionPostgresqlTerminatesGets503WithRetryAfter() {
        given().header("Authorization", TestTokens.bearer("outage-user", "member")).contentType(ContentType.JSON)
                .body(Map.of("text", "written on a session the server ends"))
                .post(NOTES + "/on-a-terminated-session")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo(ProblemType.SERVICE_UNAVAILABLE.uri().toString()));
    }

    private void fillThePoolWithIdleSessions(int sessions) throws SQLException {
        List<Connection> open = new ArrayList<>();
        try {
            for (int i = 0; i < sessions; i++) {
                open.add(dataSource.getConnection());
            }
        } finally {
            for (Connection connection : open) {
                connection.close();
            }
        }
    }

    /** The inbox's "Database unavailable" warnings: the only trace of an attempt that failed for the outage. */
    private static final class OutageWarnings extends Handler {

        private final Logger logger = Logger.getLogger(EventInbox.class.getName());
        private final List<String> messages = new CopyOnWriteArrayList<>();

        static OutageWarnings install() {
            OutageWarnings warnings = new OutageWarnings();
            warnings.logger.addHandler(warnings);
            return warnings;
        }

        void uninstall() {
            logger.removeHandler(this);
        }

        long about(UUID eventId) {
            return messages.stream()
                    .filter(message -> message.startsWith("Database unavailable") && message.contains(eventId.toString()))
                    .count();
        }

        @Override
        public void publish(LogRecord record) {
            messages.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
