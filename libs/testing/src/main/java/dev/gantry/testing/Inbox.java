package dev.gantry.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The inbox of the service under test (its {@code inbox} table, in the database of {@link GantryTestResources}): a
 * consumer records an event's id there in the transaction that applies the event. A test that waits for the row
 * knows the event was consumed and its effect committed, so it can send the next event without relying on timing.
 */
public final class Inbox {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Inbox() {
    }

    /** Waits until {@code consumer} (the channel, e.g. {@code project-events}) has processed the event. */
    public static void awaitProcessed(String consumer, UUID eventId) {
        await().atMost(TIMEOUT).alias(consumer + " processed event " + eventId)
                .until(() -> processed(consumer, eventId));
    }

    /** Whether {@code consumer} has processed the event. */
    public static boolean processed(String consumer, UUID eventId) {
        try (Connection connection = GantryTestResources.postgres().connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from inbox where consumer = ? and event_id = ?")) {
            statement.setString(1, consumer);
            statement.setObject(2, eventId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
