package dev.gantry.reporting.audit;

import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import dev.gantry.reporting.audit.domain.AuditEntry;
import dev.gantry.reporting.audit.persistence.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.UUID;

/** Records every event about a project, including types this service does not interpret, with its actor. */
@ApplicationScoped
public class AuditTrail implements ProjectEventHandler {

    private final AuditRepository entries;
    private final Clock clock;

    AuditTrail(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public void handle(IncomingEvent event) {
        AuditEntry entry = new AuditEntry();
        entry.eventId = event.id();
        entry.projectId = projectIdOf(event);
        entry.type = event.type();
        entry.source = event.source() == null ? "unknown" : event.source();
        entry.actor = event.actor();
        entry.occurredAt = event.time() == null ? clock.instant() : event.time();
        entry.recordedAt = clock.instant();
        entry.data = event.data();
        entries.persist(entry);
    }

    private static UUID projectIdOf(IncomingEvent event) {
        String candidate = event.subject() != null ? event.subject() : event.key();
        if (candidate == null) {
            return null;
        }
        try {
            return UUID.fromString(candidate);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
