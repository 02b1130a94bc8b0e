package dev.gantry.platform.events;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.platform.config.GantryConfig;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishes events the only safe way: by writing them to the outbox in the caller's transaction. Nothing reaches
 * Kafka unless the state change commits, and nothing committed is lost; the relay is woken right after the commit.
 *
 * <p>Rows are inserted with JDBC batches on the transaction's connection rather than persisted one by one:
 * {@link OutboxMessage} has an identity key, which Hibernate never batches, and one change may publish tens of
 * thousands of records (a schedule import). The identity sequence numbers the rows in the order given, which is
 * the order the relay publishes each partition key in.
 *
 * <p>Every record is bounded ({@code gantry.outbox.max-record-size}): a change that would publish a larger one fails
 * with {@link EventTooLargeException} before anything is written, because a record the broker refuses would
 * otherwise be parked and hold back every later event of its key.
 */
@ApplicationScoped
public class EventPublisher {

    private static final Object WAKE_REGISTERED = new Object();
    /** Rows per JDBC round trip: large enough to amortise it, small enough to keep driver buffers modest. */
    private static final int JDBC_BATCH = 1000;
    private static final String INSERT = """
            insert into outbox (event_id, topic, message_key, partition_key, event_type, source, subject, actor,
                                traceparent, occurred_at, payload, payload_ref)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    EntityManager em;
    @Inject
    GantryConfig config;
    @Inject
    OutboxRelay relay;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Records the event for publication on its topic, with its {@link GantryEvent#key() key} and
     * {@link GantryEvent#partitionKey() partition key}. Requires an active transaction.
     *
     * @throws EventTooLargeException if the serialized event and its key exceed {@code gantry.outbox.max-record-size}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(GantryEvent event) {
        return write(List.of(Outgoing.event(event))).get(0);
    }

    /**
     * Records many events at once, in list order, with JDBC batches: for changes that publish thousands of records.
     * Either all are written or, if one is too large, none.
     *
     * @return the event ids, in list order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<? extends GantryEvent> events) {
        return write(events.stream().map(Outgoing::event).toList());
    }

    /**
     * Records a tombstone: a record with the key and no value on the topic of {@code type}, which deletes the key
     * from a compacted topic. It carries the CloudEvents headers of {@code type}, with the partition key as subject.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID tombstone(Class<? extends GantryEvent> type, String key, String partitionKey) {
        return write(List.of(Outgoing.tombstone(type, key, partitionKey))).get(0);
    }

    /** Records events and tombstones together, in list order, with JDBC batches; see {@link #publishAll(List)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishOutgoing(List<Outgoing> records) {
        return write(records);
    }

    private List<UUID> write(List<Outgoing> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        requireWithinLimit(records);
        String source = "/gantry/" + config.serviceName();
        String actor = currentActor();
        String traceparent = currentTraceparent();
        OffsetDateTime occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> ids = new ArrayList<>(records.size());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int batched = 0;
                for (Outgoing record : records) {
                    UUID eventId = UUID.randomUUID();
                    ids.add(eventId);
                    insert.setObject(1, eventId);
                    insert.setString(2, GantryEvent.topicOf(record.type()));
                    insert.setString(3, record.key());
                    insert.setString(4, record.partitionKey());
                    insert.setString(5, GantryEvent.typeOf(record.type()));
                    insert.setString(6, source);
                    insert.setString(7, record.subject());
                    insert.setString(8, actor);
                    insert.setString(9, traceparent);
                    insert.setObject(10, occurredAt);
                    insert.setString(11, record.payloadRef() == null ? record.payload() : null);
                    insert.setString(12, record.payloadRef());
                    insert.addBatch();
                    if (++batched % JDBC_BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                if (batched % JDBC_BATCH != 0) {
                    insert.executeBatch();
                }
            }
        });
        wakeRelayAfterCommit();
        return ids;
    }

    /** Checks every record before writing any, so that a refused change leaves no row behind in any case. */
    private void requireWithinLimit(List<Outgoing> records) {
        long limit = config.outbox().maxRecordSize().asLongValue();
        for (Outgoing record : records) {
            long chars = (record.payload() == null ? 0 : record.payload().length()) + record.key().length();
            if (chars * 3 <= limit) {
                continue; // a UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair 4 for 2 units)
            }
            long size = Utf8.length(record.payload()) + Utf8.length(record.key());
            if (size > limit) {
                throw new EventTooLargeException(GantryEvent.typeOf(record.type()), record.key(), size, limit);
            }
        }
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
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

    /** The user whose request is being served, or {@code system} for work not caused by a request. */
    private static String currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return CloudEventHeaders.SYSTEM_ACTOR;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return CloudEventHeaders.SYSTEM_ACTOR;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
