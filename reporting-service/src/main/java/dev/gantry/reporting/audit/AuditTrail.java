package dev.gantry.reporting.audit;

import dev.gantry.platform.events.ConsumptionGate;
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
    private final ConsumptionGate gate;

    AuditTrail(AuditRepository entries, Clock clock, ConsumptionGate gate) {
        this.entries = entries;
        this.clock = clock;
        this.gate = gate;
    }

    @Override
    public void handle(IncomingEvent event) {
        // The trail is kept through a replay (it says when each event was first recorded); a replay adds what is missing.
        if (gate.rebuilding() && entries.count("eventId", event.id()) > 0) {
            return;
        }
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
