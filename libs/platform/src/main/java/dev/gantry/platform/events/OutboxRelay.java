package dev.gantry.platform.events;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.platform.config.GantryConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka in id order and marks them published once the broker has acknowledged them.
 *
 * <p>Woken right after each commit that wrote events, and polling every {@code gantry.outbox.poll-interval} as a
 * safety net. While the broker is unreachable, rows stay pending and the relay retries with a capped exponential
 * back-off; nothing is lost and nothing is reordered. A row is sent only once the previous row with the same key
 * has been acknowledged, so the events of one key reach the topic in order even when a send fails half-way. With several replicas of
 * a service, a PostgreSQL advisory lock lets one relay at a time publish, which keeps the order global.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id shared by the relays of one service database ("gantry-outbox"). */
    private static final long LOCK_ID = 0x67616e7472794fL;

    private final EntityManager em;
    private final GantryConfig config;
    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Timer delay;
    private volatile boolean running;
    private volatile Thread thread;
    private Producer<String, String> producer;

    OutboxRelay(EntityManager em, GantryConfig config, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.published = Counter.builder("gantry.outbox.published")
                .description("Events published from the outbox").register(registry);
        this.delay = Timer.builder("gantry.outbox.delay")
                .description("Time from commit of an event to its acknowledgement by the broker")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
        registry.gauge("gantry.outbox.pending", pending);
    }

    void start(@Observes StartupEvent event) {
        if (!config.outbox().enabled()) {
            LOG.info("Outbox relay disabled");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** Asks the relay to publish now; cheap and safe to call from any thread. */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    private void run() {
        long backoffMillis = 0;
        int failures = 0;
        while (running) {
            try {
                Batch batch;
                do {
                    batch = publishBatch();
                    if (batch.failure() != null) {
                        throw batch.failure();
                    }
                } while (batch.attempted() == config.outbox().batchSize() && running);
                if (failures > 0) {
                    LOG.infof("Outbox relay publishing again after %d failed attempts", failures);
                }
                failures = 0;
                backoffMillis = 0;
                pending.set(countPending());
                wakeups.tryAcquire(config.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures++;
                closeProducer();
                backoffMillis = Math.min(Math.max(backoffMillis * 2, 250), config.outbox().maxBackoff().toMillis());
                if (failures == 1 || failures % 20 == 0) {
                    LOG.warnf("Outbox relay cannot publish (attempt %d, retrying in %d ms): %s",
                            failures, backoffMillis, rootMessage(e));
                }
                try {
                    pending.set(countPending());
                } catch (Exception ignored) {
                    // the database may be the thing that is down; the gauge keeps its last value
                }
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private record Batch(int attempted, Exception failure) {
    }

    private Batch publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(:id)")
                    .setParameter("id", LOCK_ID).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return new Batch(0, null);
            }
            List<OutboxMessage> rows = em.createQuery(
                            "select m from OutboxMessage m where m.publishedAt is null order by m.id", OutboxMessage.class)
                    .setMaxResults(config.outbox().batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return new Batch(0, null);
            }
            Exception failure = publishInKeyOrder(rows, producer());
            return new Batch(rows.size(), failure);
        });
    }

    /**
     * Sends the rows so that a row is sent only after the previous row with the same key was acknowledged: rows of
     * different keys travel together, rows of one key one after the other. Once a row fails, the later rows of its
     * key wait for the next attempt. A producer could otherwise deliver a later record while an earlier one of the
     * same partition expires, which would put a project's events out of order.
     */
    private Exception publishInKeyOrder(List<OutboxMessage> rows, Producer<String, String> kafka) {
        Map<String, ArrayDeque<OutboxMessage>> byKey = new LinkedHashMap<>();
        for (OutboxMessage row : rows) {
            byKey.computeIfAbsent(row.key, key -> new ArrayDeque<>()).add(row);
        }
        Exception failure = null;
        while (!byKey.isEmpty()) {
            List<OutboxMessage> round = new ArrayList<>(byKey.size());
            List<Future<RecordMetadata>> sends = new ArrayList<>(byKey.size());
            for (ArrayDeque<OutboxMessage> queue : byKey.values()) {
                try {
                    sends.add(kafka.send(toRecord(queue.peekFirst())));
                    round.add(queue.peekFirst());
                } catch (RuntimeException e) {
                    failure = e;
                    break;
                }
            }
            Instant now = Instant.now();
            for (int i = 0; i < round.size(); i++) {
                OutboxMessage row = round.get(i);
                try {
                    sends.get(i).get();
                    row.publishedAt = now;
                    published.increment();
                    delay.record(Duration.between(row.occurredAt, now));
                    ArrayDeque<OutboxMessage> queue = byKey.get(row.key);
                    queue.pollFirst();
                    if (queue.isEmpty()) {
                        byKey.remove(row.key);
                    }
                } catch (ExecutionException e) {
                    failure = failure == null ? (Exception) e.getCause() : failure;
                    byKey.remove(row.key);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return e;
                }
            }
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    private long countPending() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(m) from OutboxMessage m where m.publishedAt is null").getSingleResult());
    }

    private ProducerRecord<String, String> toRecord(OutboxMessage row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.key, row.payload);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, row.eventId.toString());
        header(record, CloudEventHeaders.TYPE, row.type);
        header(record, CloudEventHeaders.SOURCE, row.source);
        header(record, CloudEventHeaders.TIME, row.occurredAt.toString());
        header(record, CloudEventHeaders.SUBJECT, row.subject);
        header(record, CloudEventHeaders.DATA_CONTENT_TYPE, CloudEventHeaders.JSON);
        header(record, CloudEventHeaders.ACTOR, row.actor);
        header(record, CloudEventHeaders.TRACE_PARENT, row.traceparent);
        header(record, CloudEventHeaders.W3C_TRACE_PARENT, row.traceparent);
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> properties = KafkaClientProperties.fromConfig();
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-outbox");
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            properties.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
            properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(properties);
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
