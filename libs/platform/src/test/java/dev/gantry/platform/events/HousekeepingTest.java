package dev.gantry.platform.events;

import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.fixture.FixtureDatabase;
import dev.gantry.testing.GantryTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention of the platform tables: published outbox rows older than {@code gantry.outbox.retention} and idempotency
 * records older than {@code gantry.idempotency.retention} go, newer ones and unpublished rows stay.
 */
@QuarkusTest
@WithTestResource(value = GantryTestResources.class, scope = TestResourceScope.GLOBAL)
class HousekeepingTest {

    private static final Duration MARGIN = Duration.ofHours(1);

    @Inject
    Housekeeping housekeeping;
    @Inject
    GantryConfig config;

    /** Marks this test's rows: the topic of its outbox rows and the scope of its idempotency records. */
    private final String marker = "housekeeping-" + UUID.randomUUID();

    @AfterEach
    void removeTheRowsLeft() {
        FixtureDatabase.update("delete from outbox where topic = ?", marker);
        FixtureDatabase.update("delete from idempotency_record where scope = ?", marker);
    }

    @Test
    void rowsPastTheirRetentionAreDeletedAndNewerOnesKept() {
        Duration outboxRetention = config.outbox().retention();
        Duration idempotencyRetention = config.idempotency().retention();
        for (int i = 0; i < 3; i++) {
            insertOutboxRow(outboxRetention.plus(MARGIN), true);
        }
        for (int i = 0; i < 2; i++) {
            insertOutboxRow(outboxRetention.minus(MARGIN), true);
        }
        // Never published (parked, so that the relay leaves it alone) and far older than the retention: kept, since
        // deleting it would lose the event.
        insertOutboxRow(outboxRetention.multipliedBy(4), false);
        for (int i = 0; i < 2; i++) {
            insertIdempotencyRecord(idempotencyRetention.plus(MARGIN));
        }
        for (int i = 0; i < 3; i++) {
            insertIdempotencyRecord(idempotencyRetention.minus(MARGIN));
        }

        housekeeping.run();

        assertThat(FixtureDatabase.count("""
                select count(*) from outbox where topic = ? and published_at is not null
                and published_at > now() - make_interval(secs => ?)""", marker, outboxRetention.toSeconds()))
                .as("published rows within the retention").isEqualTo(2);
        assertThat(FixtureDatabase.count("select count(*) from outbox where topic = ? and published_at is not null",
                marker)).as("published rows in all").isEqualTo(2);
        assertThat(FixtureDatabase.count("select count(*) from outbox where topic = ? and published_at is null",
                marker)).as("unpublished rows").isEqualTo(1);
        assertThat(FixtureDatabase.count("""
                select count(*) from idempotency_record where scope = ?
                and created_at > now() - make_interval(secs => ?)""", marker, idempotencyRetention.toSeconds()))
                .as("idempotency records within the retention").isEqualTo(3);
        assertThat(FixtureDatabase.count("select count(*) from idempotency_record where scope = ?", marker))
                .as("idempotency records in all").isEqualTo(3);
    }

    private void insertOutboxRow(Duration age, boolean published) {
        FixtureDatabase.update("""
                        insert into outbox (event_id, topic, message_key, event_type, source, actor, occurred_at, payload,
                                            published_at, parked_at, park_reason)
                        values (?, ?, 'key', 'dev.gantry.test.fixture.v1', '/gantry/test', 'system',
                                now() - make_interval(secs => ?), '{}',
                                case when ? then now() - make_interval(secs => ?) end,
                                case when ? then null else now() end,
                                case when ? then null else 'kept by the housekeeping test' end)""",
                UUID.randomUUID(), marker, (double) age.toSeconds(), published, (double) age.toSeconds(), published,
                published);
    }

    private void insertIdempotencyRecord(Duration age) {
        FixtureDatabase.update("""
                        insert into idempotency_record (scope, idem_key, request_hash, status, created_at)
                        values (?, ?, 'hash', 201, now() - make_interval(secs => ?))""",
                marker, UUID.randomUUID().toString(), (double) age.toSeconds());
    }
}
