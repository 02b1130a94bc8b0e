package dev.gantry.platform.events;

import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.persistence.DatabaseUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Idempotent event consumption: an event's effect and the record that it was processed are written in one
 * transaction, so a redelivered event is a no-op.
 *
 * <p>Failures: an unreadable event ({@link PoisonEventException}) is rejected at once; any other failure is retried
 * up to {@code gantry.consumer.max-attempts} times, then rejected. A rejected event goes to the service's dead-letter
 * topic with the reason in its headers (the channel's {@code failure-strategy=dead-letter-queue}), and the partition
 * moves on. An unreachable database, or one that ended the session ({@link DatabaseUnavailable}), is not the event's
 * fault: those attempts are retried until it is back, so no event is dead-lettered, or lost, because of an outage.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final long MAX_OUTAGE_BACKOFF_MILLIS = 5_000;

    private final EntityManager em;
    private final GantryConfig config;
    private final MeterRegistry registry;
    private final ConsumptionGate gate;
    private final DeadLetters deadLetters;

    EventInbox(EntityManager em, GantryConfig config, MeterRegistry registry, ConsumptionGate gate,
               DeadLetters deadLetters) {
        this.em = em;
        this.config = config;
        this.registry = registry;
        this.gate = gate;
        this.deadLetters = deadLetters;
    }

    /**
     * Applies {@code handler} to the event once. {@code consumer} names the consuming channel, so that two channels
     * of one service may both process the same event.
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        consume(consumer, record, type -> true, handler);
    }

    /**
     * As {@link #consume(String, ConsumerRecord, Consumer)}, but an event whose type {@code wanted} refuses is only
     * counted ({@code outcome=ignored}): no transaction, no inbox row, since nothing would happen in it.
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, Predicate<String> wanted,
                        Consumer<IncomingEvent> handler) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (PoisonEventException e) {
            count(consumer, "rejected");
            throw e;
        }
        if (!wanted.test(event.type())) {
            count(consumer, "ignored");
            return;
        }
        applyAlone(consumer, record, event, handler);
    }

    /** One event in a transaction of its own, with its attempts; throws when it is given up on. */
    private void applyAlone(String consumer, ConsumerRecord<String, String> record, IncomingEvent event,
                            Consumer<IncomingEvent> handler) {
        if (gate.through(() -> retrying(consumer, event,
                () -> QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, handler))))) {
            lag(consumer, record.topic(), event.time());
        }
    }

    /**
     * Applies a batch of events (what one poll returned, each partition's records in order) as
     * {@link #consume(String, ConsumerRecord, Predicate, Consumer)} applies one, but all of them in one transaction:
     * an inbox row and the handler's effect for each event not processed before, one commit for the batch. Under load a
     * poll returns many records, and the transaction's fixed costs (its begin and commit, the commit's wait for the
     * write-ahead log) are then paid once per batch rather than once per event.
     *
     * <p>An unreadable record is dead-lettered on its own ({@link DeadLetters}) and one that {@code wanted} refuses is
     * counted ({@code outcome=ignored}); neither takes part in the transaction. A batch waits out a database outage as
     * one event does. Any other failure rolls the whole batch back, and its events are then applied one at a time, each
     * with its own transaction and its {@code gantry.consumer.max-attempts} attempts (after the batch's attempt); an
     * event given up on is dead-lettered on its own and the others still apply, in their order.
     */
    public void consumeBatch(String consumer, List<ConsumerRecord<String, String>> records, Predicate<String> wanted,
                             Consumer<IncomingEvent> handler) {
        List<ConsumerRecord<String, String>> kept = new ArrayList<>(records.size());
        List<IncomingEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event;
            try {
                event = IncomingEvent.from(record);
            } catch (PoisonEventException e) {
                count(consumer, "rejected");
                deadLetters.send(consumer, record, e);
                continue;
            }
            if (wanted.test(event.type())) {
                kept.add(record);
                events.add(event);
            } else {
                count(consumer, "ignored");
            }
        }
        if (events.isEmpty()) {
            return;
        }
        boolean[] applied = gate.through(() -> applyEvents(consumer, events, handler));
        if (applied != null) {
            int processed = 0;
            for (int i = 0; i < events.size(); i++) {
                if (applied[i]) {
                    processed++;
                    lag(consumer, kept.get(i).topic(), events.get(i).time());
                }
            }
            count(consumer, "processed", processed);
            count(consumer, "duplicate", events.size() - processed);
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent event = events.get(i);
            ConsumerRecord<String, String> record = kept.get(i);
            try {
                applyAlone(consumer, record, event, handler);
            } catch (PoisonEventException | EventRejectedException e) {
                deadLetters.send(consumer, record, e);
            }
        }
    }

    /**
     * One transaction for the whole batch of events; which were applied (the others had been processed before), or
     * null when it failed for a reason other than a database outage.
     */
    private boolean[] applyEvents(String consumer, List<IncomingEvent> events, Consumer<IncomingEvent> handler) {
        Object subject = events.size() == 1 ? events.get(0) : "a batch of " + events.size() + " events of "
                + consumer + ", " + events.get(0) + " to " + events.get(events.size() - 1);
        return inOneTransaction(subject, () -> {
            Set<UUID> fresh = recordNew(consumer, events);
            boolean[] applied = new boolean[events.size()];
            for (int i = 0; i < applied.length; i++) {
                // remove: an event that came twice in the batch is applied at its first delivery only
                if (fresh.remove(events.get(i).id())) {
                    handler.accept(events.get(i));
                    applied[i] = true;
                }
            }
            return applied;
        });
    }

    /**
     * A batch's work in one transaction, waiting out a database outage; null when it failed for another reason (its
     * records are then applied one at a time).
     */
    private static <T> T inOneTransaction(Object subject, Supplier<T> work) {
        try {
            return waitingOutOutages(subject, () -> QuarkusTransaction.requiringNew().call(work::get));
        } catch (RuntimeException e) {
            LOG.debugf(e, "%s failed; applying its records one at a time", subject);
            return null;
        }
    }

    /**
     * Applies a record of a compacted topic whose records are applied by key and version — so that applying one twice
     * changes nothing, and no inbox row is needed — in a transaction of its own, with the same retries as an event:
     * waits out a database outage, gives up (dead letter) after {@code gantry.consumer.max-attempts} other failures
     * or at once on a {@link PoisonEventException}.
     */
    public void consumeKeyed(String consumer, ConsumerRecord<String, String> record,
                             Consumer<ConsumerRecord<String, String>> apply) {
        String subject = "record " + record.key() + " of " + record.topic() + "-" + record.partition() + "@"
                + record.offset();
        gate.through(() -> retrying(consumer, subject, () -> {
            QuarkusTransaction.requiringNew().run(() -> apply.accept(record));
            return true;
        }));
        lagOf(consumer, record);
    }

    /**
     * Applies a batch of records of a compacted topic (as {@link #consumeKeyed} applies one): of the records with the
     * same key only the last is applied — what the topic keeps of that key once compacted, which is all its consumers
     * may rely on — and all of them in one transaction. The batch's records that a later one of the same key replaces
     * are counted ({@code outcome=superseded}) and skipped.
     *
     * <p>A batch waits out a database outage as one record does. Any other failure rolls the batch back and applies
     * its records one at a time as {@link #consumeKeyed} does, each with its retries; a record given up on (or a poison
     * message) is then sent to the channel's dead-letter topic on its own ({@link DeadLetters}) and the batch goes on,
     * so one bad record neither stops the partition nor takes good records to the dead-letter topic with it.
     */
    public void consumeKeyedBatch(String consumer, List<ConsumerRecord<String, String>> records,
                                  Consumer<ConsumerRecord<String, String>> apply) {
        List<ConsumerRecord<String, String>> latest = KeyedRecords.latestOfEachKey(records);
        count(consumer, "superseded", records.size() - latest.size());
        if (latest.isEmpty()) {
            return;
        }
        boolean applied = gate.through(() -> applyBatch(consumer, latest, apply));
        if (applied) {
            count(consumer, "processed", latest.size());
            latest.forEach(record -> lagOf(consumer, record));
            return;
        }
        for (ConsumerRecord<String, String> record : latest) {
            try {
                consumeKeyed(consumer, record, apply);
            } catch (PoisonEventException | EventRejectedException e) {
                deadLetters.send(consumer, record, e);
            }
        }
    }

    /** One transaction for the whole batch; false when it failed for a reason other than a database outage. */
    private boolean applyBatch(String consumer, List<ConsumerRecord<String, String>> batch,
                               Consumer<ConsumerRecord<String, String>> apply) {
        return inOneTransaction("a batch of " + batch.size() + " records of " + consumer, () -> {
            batch.forEach(apply);
            return Boolean.TRUE;
        }) != null;
    }

    private void lagOf(String consumer, ConsumerRecord<String, String> record) {
        if (record.timestamp() > 0) {
            lag(consumer, record.topic(), Instant.ofEpochMilli(record.timestamp()));
        }
    }

    /** Runs the attempt until it succeeds or is given up; whether the event was applied (not a duplicate). */
    private boolean retrying(String consumer, Object subject, Supplier<Boolean> attempt) {
        int attempts = 0;
        while (true) {
            try {
                boolean applied = waitingOutOutages(subject, attempt);
                count(consumer, applied ? "processed" : "duplicate");
                return applied;
            } catch (PoisonEventException e) {
                count(consumer, "rejected");
                throw e;
            } catch (RuntimeException e) {
                attempts++;
                if (attempts >= config.consumer().maxAttempts()) {
                    count(consumer, "rejected");
                    throw new EventRejectedException("Giving up on " + subject + " after " + attempts
                            + " attempts: " + e.getMessage(), e);
                }
                LOG.debugf(e, "Attempt %d at %s failed", attempts, subject);
                sleep(config.consumer().backoff().toMillis() * attempts);
            }
        }
    }

    /**
     * Runs the attempt again while the database is unreachable or ends the session (an outage is not the event's
     * fault, so it never counts as a failed attempt), with a back-off up to 5 s; any other failure is thrown.
     */
    private static <T> T waitingOutOutages(Object subject, Supplier<T> attempt) {
        long backoff = 250;
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.causedBy(e)) {
                    throw e;
                }
                LOG.warnf("Database unavailable while processing %s; retrying in %d ms", subject, backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_OUTAGE_BACKOFF_MILLIS);
            }
        }
    }

    /**
     * Inserts the inbox rows of events (one, or a batch's) in one statement, the first of its transaction, so nothing
     * the session holds is pending; the ids of the events not processed before.
     */
    private Set<UUID> recordNew(String consumer, List<IncomingEvent> events) {
        UUID[] ids = new UUID[events.size()];
        String[] types = new String[events.size()];
        String[] sources = new String[events.size()];
        for (int i = 0; i < ids.length; i++) {
            IncomingEvent event = events.get(i);
            ids[i] = event.id();
            types[i] = event.type();
            sources[i] = event.source();
        }
        Set<UUID> fresh = new HashSet<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox (consumer, event_id, event_type, source, processed_at)
                    select ?, e.id, e.type, e.source, now() from unnest(?, ?, ?) as e (id, type, source)
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", ids));
                insert.setArray(3, connection.createArrayOf("text", types));
                insert.setArray(4, connection.createArrayOf("text", sources));
                try (ResultSet inserted = insert.executeQuery()) {
                    while (inserted.next()) {
                        fresh.add(inserted.getObject(1, UUID.class));
                    }
                }
            }
        });
        return fresh;
    }

    private boolean applyOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> handler) {
        if (recordNew(consumer, List.of(event)).isEmpty()) {
            LOG.debugf("Skipping %s: already processed", event);
            return false;
        }
        handler.accept(event);
        return true;
    }

    /**
     * The event lag: from the event's time (set when its producer's transaction wrote it; for a keyed record, the
     * record's timestamp) to the commit of its effect here, per topic and consuming channel.
     */
    private void lag(String consumer, String topic, Instant eventTime) {
        if (eventTime == null) {
            return;
        }
        Duration lag = Duration.between(eventTime, Instant.now());
        Timer.builder("gantry.events.lag")
                .description("Time from an event's creation by its producer to the commit of its effect here")
                .tags("topic", topic, "consumer", consumer)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry)
                .record(lag.isNegative() ? Duration.ZERO : lag);
    }

    private void count(String consumer, String outcome) {
        count(consumer, outcome, 1);
    }

    private void count(String consumer, String outcome, int records) {
        if (records > 0) {
            registry.counter("gantry.inbox.events", "consumer", consumer, "outcome", outcome).increment(records);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
