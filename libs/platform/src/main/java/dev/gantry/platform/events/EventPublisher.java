package dev.gantry.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.EventJson;
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

import java.time.Instant;
import java.util.UUID;

/**
 * Publishes events the only safe way: by writing them to the outbox in the caller's transaction. Nothing reaches
 * Kafka unless the state change commits, and nothing committed is lost; the relay is woken right after the commit.
 */
@ApplicationScoped
public class EventPublisher {

    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    EntityManager em;
    @Inject
    GantryConfig config;
    @Inject
    OutboxRelay relay;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Records the event for publication on its topic, keyed by its subject. Requires an active transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(GantryEvent event) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.randomUUID();
        message.topic = GantryEvent.topicOf(event.getClass());
        message.type = GantryEvent.typeOf(event.getClass());
        message.key = event.subject();
        message.subject = event.subject();
        message.source = "/gantry/" + config.serviceName();
        message.actor = currentActor();
        message.traceparent = currentTraceparent();
        message.occurredAt = Instant.now();
        message.payload = toJson(event);
        em.persist(message);
        wakeRelayAfterCommit();
        return message.eventId;
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

    private static String toJson(GantryEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + event.getClass().getSimpleName(), e);
        }
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
