package dev.gantry.risk.automatic;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.reporting.EarnedValueAlert;
import dev.gantry.platform.events.EventInbox;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.risk.register.AutomaticRisks;
import dev.gantry.risk.register.domain.Signal;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads reporting-service's earned-value alerts: a CPI below its threshold raises (or updates) the project's cost
 * overrun risk, an SPI below it the project's schedule performance risk; the alert that ends the episode marks the
 * risk for review. Each event once (inbox), in one transaction with its effect.
 */
@ApplicationScoped
public class EarnedValueSignals {

    public static final String CHANNEL = "reporting-events";
    private static final String WANTED = GantryEvent.typeOf(EarnedValueAlert.class);

    private final EventInbox inbox;
    private final AutomaticRisks automatic;

    EarnedValueSignals(EventInbox inbox, AutomaticRisks automatic) {
        this.inbox = inbox;
        this.automatic = automatic;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CHANNEL, record, WANTED::equals, this::apply);
    }

    void apply(IncomingEvent event) {
        event.as(EarnedValueAlert.class).ifPresent(alert -> {
            Signal.Kind kind = kindOf(alert.index());
            if (alert.direction() == EarnedValueAlert.Direction.BELOW) {
                automatic.raise(signal(alert, event.id()));
            } else {
                automatic.cleared(kind, alert.alertId(), event.id());
            }
        });
    }

    static Signal.Kind kindOf(EarnedValueAlert.Index index) {
        return index == EarnedValueAlert.Index.CPI ? Signal.Kind.COST_OVERRUN : Signal.Kind.SCHEDULE_PERFORMANCE;
    }

    /**
     * The risk an index below its threshold is: likely (it is already happening), major. A cost overrun's impact is
     * the estimate at completion's excess over the budget at completion, when there is one.
     */
    static Signal signal(EarnedValueAlert a, java.util.UUID eventId) {
        String evidence = "/api/reports/projects/" + a.projectId() + "/earned-value?statusDate=" + a.statusDate();
        String value = a.value().stripTrailingZeros().toPlainString();
        String threshold = a.threshold().stripTrailingZeros().toPlainString();
        if (a.index() == EarnedValueAlert.Index.CPI) {
            BigDecimal overrun = a.eac() == null ? null : a.eac().subtract(a.bac()).max(BigDecimal.ZERO)
                    .setScale(2, RoundingMode.HALF_UP);
            return new Signal(Signal.Kind.COST_OVERRUN, a.projectId(), "CPI", a.alertId(), eventId,
                    "Cost overrun: CPI " + value + " below " + threshold,
                    "Work done so far cost more than planned: earned value " + a.ev().toPlainString() + " for an"
                            + " actual cost of " + a.ac().toPlainString() + " at " + a.statusDate(),
                    "The cost efficiency does not improve",
                    "The project finishes over budget" + (overrun == null ? ""
                            : ", by about " + overrun.toPlainString() + " at the current efficiency"),
                    "COST", 4, 4, null, overrun, a.currency(), a.statusDate(), evidence);
        }
        return new Signal(Signal.Kind.SCHEDULE_PERFORMANCE, a.projectId(), "SPI", a.alertId(), eventId,
                "Schedule performance: SPI " + value + " below " + threshold,
                "Less work is done than planned by now: earned value " + a.ev().toPlainString() + " against a planned"
                        + " value of " + a.pv().toPlainString() + " at " + a.statusDate(),
                "The pace of work does not recover",
                "Milestones and the finish are missed",
                "SCHEDULE", 4, 3, null, null, null, a.statusDate(), evidence);
    }
}
