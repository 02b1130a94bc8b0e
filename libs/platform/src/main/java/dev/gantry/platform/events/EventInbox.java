package dev.gantry.platform.events;

import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.persistence.DatabaseUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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

    EventInbox(EntityManager em, GantryConfig config, MeterRegistry registry, ConsumptionGate gate) {
        this.em = em;
        this.config = config;
        this.registry = registry;
        this.gate = gate;
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
        if (gate.through(() -> retrying(consumer, event,
                () -> QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, handler))))) {
            lag(consumer, record.topic(), event.time());
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
        if (record.timestamp() > 0) {
            lag(consumer, record.topic(), Instant.ofEpochMilli(record.timestamp()));
        }
    }

    /**
     * Applies a batch of a compacted topic's records (one poll of a channel with {@code batch=true}) as
     * {@link #consumeKeyed} would, but in one transaction for the whole batch: a new version of a large schedule comes
     * as dozens of records, and one commit for them instead of one each is most of what consuming them costs the
     * database. A database outage is waited out as for a single record. Any other failure rolls the batch back and
     * applies its records one at a time, each with {@link #consumeKeyed}'s retries; a record given up on is nacked on
     * its own (the channel's dead-letter topic, with the reason), and the others are applied. The batch is acknowledged
     * once every record is applied or dead-lettered, so its offsets are committed only then.
     */
    public CompletionStage<Void> consumeKeyedBatch(String consumer, KafkaRecordBatch<String, String> batch,
                                                   Consumer<ConsumerRecord<String, String>> apply) {
        List<KafkaRecord<String, String>> messages = batch.getRecords();
        List<ConsumerRecord<String, String>> records = new ArrayList<>(messages.size());
        for (KafkaRecord<String, String> message : messages) {
            records.add(message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(m -> (ConsumerRecord<String, String>) m.getRecord())
                    .orElseThrow(() -> new IllegalStateException("A batch record without its Kafka metadata")));
        }
        if (records.isEmpty()) {
            return batch.ack();
        }
        boolean whole = gate.through(() -> wholeBatch(consumer, records, apply));
        List<CompletableFuture<Void>> rejected = new ArrayList<>();
        if (whole) {
            registry.counter("gantry.inbox.events", "consumer", consumer, "outcome", "processed")
                    .increment(records.size());
        } else {
            for (int i = 0; i < records.size(); i++) {
                try {
                    consumeKeyed(consumer, records.get(i), apply);
                } catch (PoisonEventException | EventRejectedException e) {
                    rejected.add(messages.get(i).nack(e).toCompletableFuture());
                }
            }
        }
        ConsumerRecord<String, String> last = records.get(records.size() - 1);
        if (whole && last.timestamp() > 0) {
            lag(consumer, last.topic(), Instant.ofEpochMilli(last.timestamp()));
        }
        // A record that could not be dead-lettered fails the stage, so the batch is not acknowledged past it.
        return CompletableFuture.allOf(rejected.toArray(CompletableFuture[]::new))
                .thenCompose(done -> batch.ack());
    }

    /**
     * The batch in one transaction, waiting out a database outage; false when it failed otherwise (nothing of it is
     * kept then).
     */
    private boolean wholeBatch(String consumer, List<ConsumerRecord<String, String>> records,
                               Consumer<ConsumerRecord<String, String>> apply) {
        long outageBackoff = 250;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> records.forEach(apply));
                return true;
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.causedBy(e)) {
                    LOG.warnf("Database unavailable while processing a batch of %d records of %s; retrying in %d ms",
                            records.size(), records.get(0).topic(), outageBackoff);
                    sleep(outageBackoff);
                    outageBackoff = Math.min(outageBackoff * 2, MAX_OUTAGE_BACKOFF_MILLIS);
                    continue;
                }
                LOG.debugf(e, "A batch of %d records for %s failed; applying them one at a time", records.size(),
                        consumer);
                return false;
            }
        }
    }

    /** Runs the attempt until it succeeds or is given up; whether the event was applied (not a duplicate). */
    private boolean retrying(String consumer, Object subject, Supplier<Boolean> attempt) {
        int attempts = 0;
        long outageBackoff = 250;
        while (true) {
            try {
                boolean applied = attempt.get();
                count(consumer, applied ? "processed" : "duplicate");
                return applied;
            } catch (PoisonEventException e) {
                count(consumer, "rejected");
                throw e;
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.causedBy(e)) {
                    LOG.warnf("Database unavailable while processing %s; retrying in %d ms", subject, outageBackoff);
                    sleep(outageBackoff);
                    outageBackoff = Math.min(outageBackoff * 2, MAX_OUTAGE_BACKOFF_MILLIS);
                    continue;
                }
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

    private boolean applyOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> handler) {
        int inserted = em.createNativeQuery("""
                        insert into inbox (consumer, event_id, event_type, source, processed_at)
                        values (:consumer, :id, :type, :source, now()) on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("source", event.source())
                .executeUpdate();
        if (inserted == 0) {
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
        registry.counter("gantry.inbox.events", "consumer", consumer, "outcome", outcome).increment();
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
