package dev.gantry.reporting.intake;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.risk.RiskAssessed;
import dev.gantry.contracts.risk.RiskRaised;
import dev.gantry.contracts.risk.RiskResponseOverdue;
import dev.gantry.contracts.risk.RiskStatusChanged;
import dev.gantry.platform.events.EventInbox;
import dev.gantry.reporting.status.StatusProjector;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/** Reads risk-service's register events for project status, my work and the risk heat map: each once (inbox). */
@ApplicationScoped
public class RiskEventsConsumer {

    public static final String CHANNEL = "risk-events";
    private static final Set<String> WANTED = Set.of(GantryEvent.typeOf(RiskRaised.class),
            GantryEvent.typeOf(RiskAssessed.class), GantryEvent.typeOf(RiskStatusChanged.class),
            GantryEvent.typeOf(RiskResponseOverdue.class));

    private final EventInbox inbox;
    private final StatusProjector status;

    RiskEventsConsumer(EventInbox inbox, StatusProjector status) {
        this.inbox = inbox;
        this.status = status;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CHANNEL, record, WANTED::contains, status::risk);
    }
}
