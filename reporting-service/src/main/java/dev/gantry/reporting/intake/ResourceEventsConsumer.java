package dev.gantry.reporting.intake;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.resources.AllocationChanged;
import dev.gantry.contracts.resources.AllocationRemoved;
import dev.gantry.contracts.resources.CostActualsRecorded;
import dev.gantry.contracts.resources.OverallocationDetected;
import dev.gantry.contracts.resources.OverallocationResolved;
import dev.gantry.contracts.resources.PersonChanged;
import dev.gantry.contracts.resources.PersonRemoved;
import dev.gantry.platform.events.EventInbox;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.reporting.earnedvalue.EarnedValueAlerts;
import dev.gantry.reporting.earnedvalue.persistence.EarnedValueRepository;
import dev.gantry.reporting.mywork.MyWorkService;
import dev.gantry.reporting.status.StatusHistory;
import dev.gantry.reporting.status.StatusProjector;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import dev.gantry.reporting.live.LiveUpdates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/**
 * Reads resources-service's events: the actual cost of each project ({@link CostActualsRecorded}, each record the
 * project's whole actual cost) for earned value and its alerts, over-allocation episodes for project status and
 * allocations and people for my work and utilisation. Each
 * event once (inbox), in one transaction with its effect.
 */
@ApplicationScoped
public class ResourceEventsConsumer {

    public static final String CHANNEL = "resource-events";
    private static final Set<String> WANTED = Set.of(GantryEvent.typeOf(CostActualsRecorded.class),
            GantryEvent.typeOf(OverallocationDetected.class), GantryEvent.typeOf(OverallocationResolved.class),
            GantryEvent.typeOf(AllocationChanged.class), GantryEvent.typeOf(AllocationRemoved.class),
            GantryEvent.typeOf(PersonChanged.class), GantryEvent.typeOf(PersonRemoved.class));

    private final EventInbox inbox;
    private final EarnedValueRepository earnedValue;
    private final EarnedValueAlerts alerts;
    private final StatusProjector status;
    private final StatusHistory history;
    private final MyWorkService work;
    private final LiveUpdates live;

    ResourceEventsConsumer(EventInbox inbox, EarnedValueRepository earnedValue, EarnedValueAlerts alerts,
                           StatusProjector status, StatusHistory history, MyWorkService work, LiveUpdates live) {
        this.work = work;
        this.live = live;
        this.inbox = inbox;
        this.earnedValue = earnedValue;
        this.alerts = alerts;
        this.status = status;
        this.history = history;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CHANNEL, record, WANTED::contains, this::apply);
    }

    void apply(IncomingEvent event) {
        event.as(CostActualsRecorded.class).ifPresent(recorded -> {
            earnedValue.replaceActuals(recorded);
            alerts.check(recorded.projectId());
            history.markChanged(recorded.projectId());
        });
        status.overallocation(event);
        work.apply(event);
        String type = event.type();
        event.as(CostActualsRecorded.class).ifPresent(e -> live.changed(e.projectId(), "earned-value", type));
        event.as(AllocationChanged.class).ifPresent(e -> live.changed(e.projectId(), "resources", type));
        event.as(AllocationRemoved.class).ifPresent(e -> live.changed(e.projectId(), "resources", type));
        event.as(OverallocationDetected.class).ifPresent(e -> e.allocations().stream()
                .map(OverallocationDetected.Share::projectId).filter(java.util.Objects::nonNull).distinct()
                .forEach(project -> live.changed(project, "resources", type)));
    }
}
