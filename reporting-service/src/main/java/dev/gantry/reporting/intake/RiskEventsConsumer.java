package dev.gantry.reporting.intake;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.risk.RiskAssessed;
import dev.gantry.contracts.risk.RiskRaised;
import dev.gantry.contracts.risk.RiskResponseOverdue;
import dev.gantry.contracts.risk.RiskStatusChanged;
import dev.gantry.contracts.risk.SimulationCompleted;
import dev.gantry.reporting.charts.SimulationResults;
import dev.gantry.reporting.live.LiveUpdates;
import dev.gantry.platform.events.EventInbox;
import dev.gantry.reporting.status.StatusProjector;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/**
 * Reads risk-service's register events for project status, my work and the risk heat map, and its completed
 * simulations for their chart: each once (inbox).
 */
@ApplicationScoped
public class RiskEventsConsumer {

    public static final String CHANNEL = "risk-events";
    private static final Set<String> WANTED = Set.of(GantryEvent.typeOf(RiskRaised.class),
            GantryEvent.typeOf(RiskAssessed.class), GantryEvent.typeOf(RiskStatusChanged.class),
            GantryEvent.typeOf(RiskResponseOverdue.class), GantryEvent.typeOf(SimulationCompleted.class));
    private static final String SIMULATION = GantryEvent.typeOf(SimulationCompleted.class);

    private final EventInbox inbox;
    private final StatusProjector status;
    private final SimulationResults simulations;
    private final LiveUpdates live;

    RiskEventsConsumer(EventInbox inbox, StatusProjector status, SimulationResults simulations, LiveUpdates live) {
        this.live = live;
        this.inbox = inbox;
        this.status = status;
        this.simulations = simulations;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CHANNEL, record, WANTED::contains, event -> {
            if (SIMULATION.equals(event.type())) {
                simulations.completed(event);
            } else {
                status.risk(event);
            }
            live.changed(projectOf(event.subject()), SIMULATION.equals(event.type()) ? "simulation" : "risks",
                    event.type());
        });
    }

    static java.util.UUID projectOf(String subject) {
        try {
            return subject == null ? null : java.util.UUID.fromString(subject);
        } catch (IllegalArgumentException notAProject) {
            return null;
        }
    }
}
