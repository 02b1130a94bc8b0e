package dev.gantry.platform.events;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.platform.config.GantryConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.utils.Utils;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka in id order per partition key and marks them published once the broker has
 * acknowledged them.
 *
 * <p>Woken right after each commit that wrote events, and polling every {@code gantry.outbox.poll-interval} as a
 * safety net. Its gauges (pending, parked, held rows) are counted in a transaction of their own at most every
 * {@code gantry.outbox.gauge-interval} (1 s), not after every batch. While the broker is unreachable, rows stay
 * pending and the relay retries with a capped exponential back-off; nothing is lost and nothing is reordered. With
 * several replicas of a service, a PostgreSQL advisory lock lets one relay at a time publish, which keeps the order
 * global.
 *
 * <p><b>Partitions.</b> Each record goes to an explicit partition, computed from its partition key exactly as
 * Kafka's default partitioner computes it from a record key ({@link #partitionFor(String, int)}). A record keyed
 * {@code <projectId>/task/<taskId>} with partition key {@code <projectId>} therefore shares the partition, and the
 * order, of the records keyed {@code <projectId>}; an event whose key is its partition key lands where the default
 * partitioner would put it.
 *
 * <p><b>Parking.</b> A record the broker refuses for good ({@link #isPermanent(Throwable)}), or that is over the
 * producer's {@code max.request.size} (checked here, without sending it), is parked: {@code parked_at} and
 * {@code park_reason} are set, a WARN line names it, {@code gantry.outbox.parked.total} counts it. The later rows of
 * its partition key wait behind it, so that key's order holds; every other key keeps flowing. An operator retries it
 * through {@link OutboxAdministration}. Transient failures never park anything: they are retried with back-off.
 *
 * <p><b>Named payloads.</b> A row written with {@link Outgoing#stored} holds no payload but names it
 * ({@link OutboxMessage#payloadRef}); the relay reads the payloads its batch names from their
 * {@link OutboxPayloadSource}, one look-up per source, sends them like any record, and tells the source which were
 * published, in the transaction that marks them (ADR 0032).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id shared by the relays of one service database ("gantry-outbox"). */
    static final long LOCK_ID = 0x67616e7472794fL;
    /** Kafka's default; the relay reads the effective value from the producer settings. */
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;
    private static final int MAX_REASON_LENGTH = 2000;

    /**
     * Failures a retry of the same record cannot cure, so waiting would stall its key forever: the record (or its
     * batch) is too large for the producer or the topic, the broker finds it invalid (e.g. no key on a compacted
     * topic), the topic name is invalid, or the record cannot be serialised. Everything else is retried with
     * back-off, including {@code UnknownServerException} (a broker-side bug or a restart usually passes) and
     * authorisation errors (an operator fixes the ACL and everything resumes without manual retries).
     */
    static final List<Class<? extends Throwable>> PERMANENT_FAILURES = List.of(
            RecordTooLargeException.class,
            RecordBatchTooLargeException.class,
            InvalidRecordException.class,
            InvalidTopicException.class,
            SerializationException.class);

    /**
     * The next batch of publishable rows. It takes no parameter (the batch size is written into it, {@link #publishable}),
     * so PostgreSQL plans it once per connection and keeps that plan: with the limit as a parameter it planned the
     * statement again at every round, which cost about as much as running it.
     */
    private static final String PUBLISHABLE = """
            select m.* from outbox m
            where m.published_at is null and m.parked_at is null
              and not exists (select 1 from outbox p
                              where p.published_at is null and p.parked_at is not null and p.id < m.id
                                and coalesce(p.partition_key, p.message_key) = coalesce(m.partition_key, m.message_key))
            order by m.id
            limit %d""";

    private static final String HELD_COUNT = """
            select count(*) from outbox m
            where m.published_at is null and m.parked_at is null
              and exists (select 1 from outbox p
                          where p.published_at is null and p.parked_at is not null and p.id < m.id
                            and coalesce(p.partition_key, p.message_key) = coalesce(m.partition_key, m.message_key))""";

    private final EntityManager em;
    private final GantryConfig config;
    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong held = new AtomicLong();
    private final Counter published;
    private final Counter parkedTotal;
    private final Timer delay;
    /** Partition counts per topic; used by the relay thread only, forgotten with the producer after a failure. */
    private final Map<String, Integer> partitionCounts = new HashMap<>();
    /** Rows of the current batch whose send failed; relay thread only. */
    private final Set<Long> failedNow = new HashSet<>();
    /**
     * When the gauges are to be counted again ({@link System#nanoTime()}); relay thread only. Counting them is a
     * transaction of its own, so it is not done after every batch.
     */
    private long gaugesDue = System.nanoTime();
    private volatile boolean running;
    private volatile Thread thread;
    private Producer<String, String> producer;
    private int maxRequestSize = DEFAULT_MAX_REQUEST_SIZE;
    /** The sources of payloads that rows name instead of holding ({@link OutboxMessage#payloadRef}), by name. */
    private final Map<String, OutboxPayloadSource> sources = new HashMap<>();
    /** Rows read per round (at least one), and {@link #PUBLISHABLE} with it. */
    private final int batchSize;
    private final String publishable;

    OutboxRelay(EntityManager em, GantryConfig config, MeterRegistry registry,
                @Any Instance<OutboxPayloadSource> payloadSources) {
        this.em = em;
        this.config = config;
        this.batchSize = Math.max(1, config.outbox().batchSize());
        this.publishable = PUBLISHABLE.formatted(batchSize);
        for (OutboxPayloadSource source : payloadSources) {
            if (sources.put(source.name(), source) != null) {
                throw new IllegalStateException("Two outbox payload sources are named " + source.name());
            }
        }
        this.published = Counter.builder("gantry.outbox.published")
                .description("Events published from the outbox").register(registry);
        this.parkedTotal = Counter.builder("gantry.outbox.parked.total")
                .description("Outbox records parked because the broker refused them for good").register(registry);
        this.delay = Timer.builder("gantry.outbox.delay")
                .description("Time from commit of an event to its acknowledgement by the broker")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
        // Three gauges, so a parked record never hides among the publishable backlog: pending counts rows not parked
        // (including those held), parked.rows the parked ones, held the rows waiting behind a parked row.
        Gauge.builder("gantry.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet published and not parked").register(registry);
        Gauge.builder("gantry.outbox.parked.rows", parked, AtomicLong::get)
                .description("Outbox rows parked now, waiting for an operator's retry").register(registry);
        Gauge.builder("gantry.outbox.held", held, AtomicLong::get)
                .description("Pending outbox rows held behind a parked row of their partition key").register(registry);
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

    /**
     * Drains on shutdown (a pod told to stop): the batch in flight is sent, acknowledged and marked published, and no
     * new one starts, so a replica that stops hands over nothing half-sent. Only a relay still busy after
     * {@code gantry.outbox.drain-timeout} (a broker that stopped answering) is interrupted; its rows stay pending
     * for the next relay.
     */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread current = thread;
        if (current != null) {
            wake();
            try {
                current.join(config.outbox().drainTimeout().toMillis());
                if (current.isAlive()) {
                    LOG.warnf("Outbox relay still busy after %s at shutdown; interrupting it (its rows stay pending)",
                            config.outbox().drainTimeout());
                    current.interrupt();
                    current.join(TimeUnit.SECONDS.toMillis(2));
                }
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
                } while (batch.attempted() == batchSize && running);
                if (failures > 0) {
                    LOG.infof("Outbox relay publishing again after %d failed attempts", failures);
                }
                failures = 0;
                backoffMillis = 0;
                if (System.nanoTime() - gaugesDue >= 0) {
                    refreshGauges();
                }
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
                    refreshGauges();
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
            // Rows held behind a parked row are left out here, not skipped later: otherwise a long held backlog
            // would fill every batch and stall the keys behind it in id order. Read-only: the outcome is written
            // with one bulk update per batch, not one update per row at flush.
            @SuppressWarnings("unchecked")
            List<OutboxMessage> rows = em.createNativeQuery(publishable, OutboxMessage.class)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultList();
            if (rows.isEmpty()) {
                return new Batch(0, null);
            }
            readReferencedPayloads(rows);
            Exception failure = publishInKeyOrder(rows, producer());
            record(rows);
            tellSourcesPublished(rows);
            return new Batch(rows.size(), failure);
        });
    }

    /**
     * Sends the rows so that each partition key's rows reach its partition in id order, many keys and many rows at
     * a time.
     *
     * <p>Each round sends, for every key, the next window of up to {@code gantry.outbox.key-window} rows in order,
     * then waits for all acknowledgements; a row that failed before is sent alone. Only the prefix of a key's window
     * up to its first failure is marked published; the rest stays pending. Ordering within a window comes from the
     * producer: records sent in order to one partition are appended in that order, and the idempotent producer
     * ({@code enable.idempotence=true}, {@code acks=all}, at most 5 requests in flight) keeps that order through its
     * own retries, numbering each batch so the broker rejects a duplicate or a gap. Waiting for a window before
     * sending the next one bounds what a failure can disturb to that window.
     *
     * <p>What is guaranteed: the rows of one partition key are <em>published</em> (marked, and appended) in id order,
     * and a record is never marked published before every earlier row of its key was. What is not: when a record
     * fails while later records of its window were already in flight, those later records may be on the topic
     * once before it; they stay pending and are sent again after it, so the last record of each key on the topic is
     * the last one in the outbox, which is what a compacted topic and a consumer that keeps the latest state need.
     * Delivery is at least once throughout (ADR 0001); consumers deduplicate on {@code ce_id}.
     */
    private Exception publishInKeyOrder(List<OutboxMessage> rows, Producer<String, String> kafka) {
        Map<String, ArrayDeque<OutboxMessage>> byKey = new LinkedHashMap<>();
        for (OutboxMessage row : rows) {
            byKey.computeIfAbsent(row.effectivePartitionKey(), key -> new ArrayDeque<>()).add(row);
        }
        int window = Math.max(1, config.outbox().keyWindow());
        Exception transientFailure = null;
        while (!byKey.isEmpty() && transientFailure == null) {
            List<Sent> round = new ArrayList<>();
            boolean unreachable = false;
            for (ArrayDeque<OutboxMessage> queue : byKey.values()) {
                if (unreachable) {
                    break; // each further key would wait max.block.ms for metadata again
                }
                int inWindow = 0;
                for (OutboxMessage row : queue) {
                    // A row that failed before (a retried parked row) travels alone: refused again, it must not
                    // have let the rows held behind it onto the topic first.
                    if (inWindow == window || (inWindow > 0 && row.attempts > 0)) {
                        break;
                    }
                    inWindow++;
                    Sent sent = send(row, kafka);
                    round.add(sent);
                    if (sent.refused() != null || row.attempts > 0) {
                        unreachable = sent.refused() != null && !isPermanent(sent.refused());
                        break; // refused before it left, or a retry: send nothing after it yet
                    }
                }
            }
            Set<String> stopped = new HashSet<>();
            for (Sent sent : round) {
                String partitionKey = sent.row().effectivePartitionKey();
                if (stopped.contains(partitionKey)) {
                    continue; // after its key's first failure: stays pending
                }
                Throwable failure;
                try {
                    failure = sent.outcome();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return e;
                }
                OutboxMessage row = sent.row();
                if (failure == null) {
                    row.publishedAt = Instant.now();
                    if (sent.acknowledgement() != NOT_SENT) {
                        published.increment();
                        delay.record(Duration.between(row.occurredAt, Instant.now()));
                    }
                    ArrayDeque<OutboxMessage> queue = byKey.get(partitionKey);
                    queue.pollFirst();
                    if (queue.isEmpty()) {
                        byKey.remove(partitionKey);
                    }
                    continue;
                }
                stopped.add(partitionKey);
                byKey.remove(partitionKey);
                row.attempts++;
                failedNow.add(row.id);
                if (isPermanent(failure)) {
                    park(row, failure);
                } else if (transientFailure == null) {
                    transientFailure = failure instanceof Exception e ? e : new KafkaException(failure);
                }
            }
        }
        if (transientFailure != null) {
            // The broker or the metadata may have changed (a topic recreated with more partitions): ask again.
            partitionCounts.clear();
        }
        return transientFailure;
    }

    /**
     * Fills in the payload of every row that names it instead of holding it, one look-up per source for the batch. A
     * row whose payload its source no longer has keeps none: it is marked published without being sent (a later
     * record of its key superseded it; see {@link OutboxPayloadSource}).
     */
    private void readReferencedPayloads(List<OutboxMessage> rows) {
        Map<String, Map<String, List<OutboxMessage>>> bySource = new HashMap<>();
        for (OutboxMessage row : rows) {
            if (row.payloadRef != null) {
                bySource.computeIfAbsent(sourceOf(row), s -> new LinkedHashMap<>())
                        .computeIfAbsent(referenceOf(row), r -> new ArrayList<>()).add(row);
            }
        }
        bySource.forEach((name, byReference) -> {
            OutboxPayloadSource source = sources.get(name);
            if (source == null) {
                return; // send() refuses such a row for good: it is parked, with the reason
            }
            source.payloads(byReference.keySet()).forEach((reference, payload) -> {
                List<OutboxMessage> named = byReference.get(reference);
                if (named != null) {
                    named.forEach(row -> row.payload = payload);
                }
            });
        });
    }

    /** Tells each source which of its references were published, so that it may let their payloads go. */
    private void tellSourcesPublished(List<OutboxMessage> rows) {
        Map<String, List<String>> bySource = new HashMap<>();
        for (OutboxMessage row : rows) {
            if (row.payloadRef != null && row.publishedAt != null && sources.containsKey(sourceOf(row))) {
                bySource.computeIfAbsent(sourceOf(row), s -> new ArrayList<>()).add(referenceOf(row));
            }
        }
        bySource.forEach((name, references) -> sources.get(name).published(references));
    }

    /** The source a row's payload reference names: its part before the first {@code ':'}. */
    private static String sourceOf(OutboxMessage row) {
        int colon = row.payloadRef.indexOf(':');
        return colon < 0 ? row.payloadRef : row.payloadRef.substring(0, colon);
    }

    /** The reference within its source: the part after the first {@code ':'}. */
    private static String referenceOf(OutboxMessage row) {
        return row.payloadRef.substring(row.payloadRef.indexOf(':') + 1);
    }

    /** Writes what happened to the rows: published ones in one statement, failed ones one by one (they are few). */
    private void record(List<OutboxMessage> rows) {
        List<Long> publishedIds = new ArrayList<>(rows.size());
        for (OutboxMessage row : rows) {
            if (row.publishedAt != null) {
                publishedIds.add(row.id);
            } else if (row.attempts > 0 && failedNow.contains(row.id)) {
                em.createQuery("""
                                update OutboxMessage m set m.attempts = :attempts, m.parkedAt = :parkedAt,
                                                           m.parkReason = :reason where m.id = :id""")
                        .setParameter("attempts", row.attempts).setParameter("parkedAt", row.parkedAt)
                        .setParameter("reason", row.parkReason).setParameter("id", row.id)
                        .executeUpdate();
            }
        }
        failedNow.clear();
        if (!publishedIds.isEmpty()) {
            em.createQuery("update OutboxMessage m set m.publishedAt = :at where m.id in :ids")
                    .setParameter("at", Instant.now()).setParameter("ids", publishedIds)
                    .executeUpdate();
        }
    }

    /**
     * The acknowledgement of a row marked published without a send (its named payload was superseded): it succeeds,
     * but counts neither as published nor in the delay.
     */
    private static final Future<RecordMetadata> NOT_SENT = CompletableFuture.completedFuture(null);

    /** A send in flight, or a record refused before it was sent. */
    private record Sent(OutboxMessage row, Future<RecordMetadata> acknowledgement, Throwable refused) {

        /** {@code null} once the broker acknowledged the record, otherwise why it was not. */
        Throwable outcome() throws InterruptedException {
            if (refused != null) {
                return refused;
            }
            try {
                acknowledgement.get();
                return null;
            } catch (ExecutionException e) {
                return e.getCause() != null ? e.getCause() : e;
            }
        }
    }

    private Sent send(OutboxMessage row, Producer<String, String> kafka) {
        if (row.payloadRef != null && row.payload == null) {
            if (!sources.containsKey(sourceOf(row))) {
                return new Sent(row, null, new SerializationException("No outbox payload source for the row's"
                        + " payload reference " + row.payloadRef + "; not sent"));
            }
            LOG.debugf("Outbox row %d (key %s): its source no longer has the payload %s, which a later record of the"
                    + " key superseded; marked published without sending it", row.id, row.key, row.payloadRef);
            return new Sent(row, NOT_SENT, null);
        }
        try {
            ProducerRecord<String, String> record = toRecord(row, partitionFor(row, kafka));
            int size = sizeOf(record);
            if (size > maxRequestSize) {
                return new Sent(row, null, new RecordTooLargeException("The record is " + size
                        + " bytes, over the producer's max.request.size of " + maxRequestSize + " bytes; not sent"));
            }
            return new Sent(row, kafka.send(record), null);
        } catch (RuntimeException e) {
            return new Sent(row, null, e);
        }
    }

    private void park(OutboxMessage row, Throwable failure) {
        String reason = rootMessage(failure);
        row.parkedAt = Instant.now();
        row.parkReason = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        parkedTotal.increment();
        LOG.warnf("Parked outbox row %d (event %s, type %s, key %s, partition key %s, topic %s) after %d attempt(s):"
                        + " %s. Later events of partition key %s wait behind it until an admin retries it.",
                row.id, row.eventId, row.type, row.key, row.effectivePartitionKey(), row.topic, row.attempts,
                row.parkReason, row.effectivePartitionKey());
    }

    /** Whether a retry of the same record can never succeed; see {@link #PERMANENT_FAILURES}. */
    static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<? extends Throwable> permanent : PERMANENT_FAILURES) {
                if (permanent.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The partition Kafka's default partitioner chooses for a record whose serialized key is the partition key:
     * murmur2 of its UTF-8 bytes, made positive, modulo the partition count.
     */
    public static int partitionFor(String partitionKey, int partitionCount) {
        return Utils.toPositive(Utils.murmur2(partitionKey.getBytes(StandardCharsets.UTF_8))) % partitionCount;
    }

    private int partitionFor(OutboxMessage row, Producer<String, String> kafka) {
        Integer count = partitionCounts.get(row.topic);
        if (count == null) {
            List<PartitionInfo> partitions = kafka.partitionsFor(row.topic);
            if (partitions == null || partitions.isEmpty()) {
                throw new UnknownTopicOrPartitionException("No partitions known for topic " + row.topic);
            }
            count = partitions.size();
            partitionCounts.put(row.topic, count);
        }
        return partitionFor(row.effectivePartitionKey(), count);
    }

    /** The upper bound of the record's size that the producer itself compares with {@code max.request.size}. */
    private static int sizeOf(ProducerRecord<String, String> record) {
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        byte[] value = record.value() == null ? null : record.value().getBytes(StandardCharsets.UTF_8);
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                key, value, record.headers().toArray());
    }

    private void refreshGauges() {
        gaugesDue = System.nanoTime() + config.outbox().gaugeInterval().toNanos();
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] counts = (Object[]) em.createNativeQuery("""
                    select count(*) filter (where parked_at is null), count(*) filter (where parked_at is not null)
                    from outbox where published_at is null""").getSingleResult();
            pending.set(((Number) counts[0]).longValue());
            parked.set(((Number) counts[1]).longValue());
            held.set(parked.get() == 0 ? 0
                    : ((Number) em.createNativeQuery(HELD_COUNT).getSingleResult()).longValue());
        });
    }

    private ProducerRecord<String, String> toRecord(OutboxMessage row, int partition) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, partition, row.key, row.payload);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, row.eventId.toString());
        header(record, CloudEventHeaders.TYPE, row.type);
        header(record, CloudEventHeaders.SOURCE, row.source);
        header(record, CloudEventHeaders.TIME, row.occurredAt.toString());
        header(record, CloudEventHeaders.SUBJECT, row.subject);
        if (!row.isTombstone()) {
            header(record, CloudEventHeaders.DATA_CONTENT_TYPE, CloudEventHeaders.JSON);
        }
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
            Map<String, Object> properties = KafkaClientProperties.forStringProducer(config.serviceName() + "-outbox");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            properties.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
            maxRequestSize = Integer.parseInt(String.valueOf(
                    properties.getOrDefault(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, DEFAULT_MAX_REQUEST_SIZE)));
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
        partitionCounts.clear();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
