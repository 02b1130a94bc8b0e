package dev.gantry.platform.events;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.fixture.FixtureDatabase;
import dev.gantry.platform.fixture.FixtureEvent;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several replicas of a service run a relay each on one database (ADR 0001): the PostgreSQL advisory lock lets one
 * publish at a time, so every row reaches the topic once and each key stays in order.
 */
@QuarkusTest
@WithTestResource(value = GantryTestResources.class, scope = TestResourceScope.GLOBAL)
class OutboxRelayLockTest {

    private static final Logger LOG = Logger.getLogger(OutboxRelayLockTest.class);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int TRANSACTIONS_PER_PHASE = 20;
    private static final int EVENTS_PER_TRANSACTION = 5;
    private static final int KEYS = 6;

    @Inject
    EntityManager em;
    @Inject
    GantryConfig config;
    @Inject
    EventPublisher events;
    @Inject
    OutboxRelay relay;
    @Inject
    MeterRegistry registry;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    @Any
    Instance<OutboxPayloadSource> payloadSources;

    @Test
    void noRelayPublishesWhileAnotherHoldsTheLock() throws Exception {
        UUID id;
        try (Connection otherReplica = GantryTestResources.postgres().connect();
             PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_lock(?)");
             PreparedStatement unlock = otherReplica.prepareStatement("select pg_advisory_unlock(?)")) {
            lock.setLong(1, OutboxRelay.LOCK_ID);
            lock.execute();
            id = QuarkusTransaction.requiringNew().call(() -> events.publish(FixtureEvent.of("locked-out", 1)));
            // The relay was woken by the commit and polls every poll-interval: give it the wake-up and two polls.
            Thread.sleep(config.outbox().pollInterval().multipliedBy(2).plusMillis(500).toMillis());
            assertThat(isPublished(id)).as("published while another relay held the lock").isFalse();

            unlock.setLong(1, OutboxRelay.LOCK_ID);
            unlock.execute();
        }
        await().atMost(WAIT).until(() -> isPublished(id));
    }

    /**
     * Three phases of {@value #TRANSACTIONS_PER_PHASE} transactions each: the second relay alone (the application's is
     * paused), both racing for the lock on every commit, the application's alone. The first and last phases make sure
     * each relay published something, whatever the race in the middle did; the assertions on the topic cover all.
     */
    @Test
    void twoRelaysOnOneDatabasePublishEachRowOnceAndEachKeyInOrder() {
        awaitOutboxDrained();
        String run = UUID.randomUUID().toString();
        SimpleMeterRegistry secondRegistry = new SimpleMeterRegistry();
        OutboxRelay second = new OutboxRelay(em, config, secondRegistry, payloadSources);
        double publishedByFirstBefore = publishedCount(registry);
        Map<String, List<String>> idsByKey = new LinkedHashMap<>();
        int written = 0;
        // The application's relay is idle here (the outbox is drained), so pausing it interrupts no send.
        relay.stop(null);
        boolean firstPaused = true;
        second.start(null);
        try {
            written = writeTransactions(run, written, second, idsByKey);
            awaitPublished(run, written);
            assertThat(publishedCount(secondRegistry)).as("rows published by the second relay alone")
                    .isEqualTo(written);

            relay.start(null);
            firstPaused = false;
            written = writeTransactions(run, written, second, idsByKey);
            awaitPublished(run, written);
        } finally {
            second.stop(null);
            if (firstPaused) {
                relay.start(null);
            }
        }
        written = writeTransactions(run, written, null, idsByKey);
        awaitPublished(run, written);

        int total = 3 * TRANSACTIONS_PER_PHASE * EVENTS_PER_TRANSACTION;
        assertThat(written).isEqualTo(total);
        double byFirst = publishedCount(registry) - publishedByFirstBefore;
        double bySecond = publishedCount(secondRegistry);
        LOG.infof("Of %d rows, the application's relay published %.0f and the second relay %.0f", total, byFirst,
                bySecond);
        assertThat(byFirst + bySecond).as("sends acknowledged by both relays together").isEqualTo(total);
        assertThat(byFirst).as("rows published by the application's relay")
                .isGreaterThanOrEqualTo(TRANSACTIONS_PER_PHASE * EVENTS_PER_TRANSACTION);

        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            Set<String> keys = idsByKey.keySet();
            List<ConsumerRecord<String, String>> records = kafka.readAll(FixtureEvent.TOPIC).stream()
                    .filter(record -> keys.contains(record.key()))
                    .toList();
            assertThat(records).hasSize(total);
            assertThat(records).extracting(record -> header(record, CloudEventHeaders.ID)).doesNotHaveDuplicates();
            Map<String, List<String>> onTheTopic = records.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, LinkedHashMap::new,
                    Collectors.mapping(record -> header(record, CloudEventHeaders.ID), Collectors.toList())));
            for (String key : keys) {
                assertThat(onTheTopic.get(key)).as("records of key %s in outbox order", key)
                        .containsExactlyElementsOf(idsByKey.get(key));
            }
        }
    }

    /**
     * Writes one phase's transactions. The publisher wakes the application's relay after each commit; when
     * {@code second} is given it is woken too, in turn before and after the application's, so that both race for the
     * lock on every commit.
     */
    private int writeTransactions(String run, int writtenBefore, OutboxRelay second,
                                  Map<String, List<String>> idsByKey) {
        int written = writtenBefore;
        for (int t = 0; t < TRANSACTIONS_PER_PHASE; t++) {
            boolean secondWokenFirst = t % 2 == 0;
            List<FixtureEvent> batch = new ArrayList<>();
            for (int e = 0; e < EVENTS_PER_TRANSACTION; e++) {
                batch.add(FixtureEvent.of(run + "/" + (written + e) % KEYS, t));
            }
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
                if (second != null && secondWokenFirst) {
                    wakeAfterCommit(second);
                }
                List<UUID> published = events.publishAll(batch);
                if (second != null && !secondWokenFirst) {
                    wakeAfterCommit(second);
                }
                return published;
            });
            for (int e = 0; e < batch.size(); e++) {
                idsByKey.computeIfAbsent(batch.get(e).subject(), key -> new ArrayList<>()).add(ids.get(e).toString());
            }
            written += batch.size();
        }
        return written;
    }

    private static void awaitOutboxDrained() {
        await().atMost(WAIT).until(() -> FixtureDatabase.count(
                "select count(*) from outbox where published_at is null and parked_at is null") == 0);
    }

    private static void awaitPublished(String run, int rows) {
        await().atMost(WAIT).until(() -> FixtureDatabase.count(
                "select count(*) from outbox where published_at is not null and subject like ?", run + "/%") == rows);
    }

    private void wakeAfterCommit(OutboxRelay relay) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private static double publishedCount(MeterRegistry registry) {
        return registry.get("gantry.outbox.published").counter().count();
    }

    private static boolean isPublished(UUID eventId) {
        return FixtureDatabase.count("select count(*) from outbox where event_id = ? and published_at is not null",
                eventId) == 1;
    }
}
