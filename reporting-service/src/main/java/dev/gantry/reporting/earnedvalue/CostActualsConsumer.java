package dev.gantry.reporting.earnedvalue;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.resources.CostActualsRecorded;
import dev.gantry.platform.events.EventInbox;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.reporting.earnedvalue.persistence.EarnedValueRepository;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads resources-service's actual cost of each project ({@link CostActualsRecorded}, each record the project's whole
 * actual cost) and has the alerts checked: each event once (inbox), in one transaction with its effect.
 */
@ApplicationScoped
public class CostActualsConsumer {

    public static final String CHANNEL = "resource-events";
    private static final String WANTED = GantryEvent.typeOf(CostActualsRecorded.class);

    private final EventInbox inbox;
    private final EarnedValueRepository inputs;
    private final EarnedValueAlerts alerts;

    CostActualsConsumer(EventInbox inbox, EarnedValueRepository inputs, EarnedValueAlerts alerts) {
        this.inbox = inbox;
        this.inputs = inputs;
        this.alerts = alerts;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CHANNEL, record, WANTED::equals, this::apply);
    }

    void apply(IncomingEvent event) {
        event.as(CostActualsRecorded.class).ifPresent(recorded -> {
            inputs.replaceActuals(recorded);
            alerts.check(recorded.projectId());
        });
    }
}
