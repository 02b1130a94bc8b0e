package dev.gantry.risk.automatic;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.resources.HardwareLifecycleRisk;
import dev.gantry.contracts.resources.HardwareLifecycleRiskCleared;
import dev.gantry.contracts.resources.OverallocationDetected;
import dev.gantry.contracts.resources.OverallocationResolved;
import dev.gantry.platform.events.EventInbox;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.risk.register.AutomaticRisks;
import dev.gantry.risk.register.domain.Signal;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reads resources-service's events for the signals that raise risks: an over-allocation episode with hours on a task
 * that was on its project's critical path raises (or updates) one risk per such project about the person; the
 * episode's end marks those risks for review. A hardware lifecycle risk (an asset's warranty end or end of life
 * before the project stops needing it) raises one risk per project, asset and kind; its clearing marks it for review. Each event once (inbox), in one transaction with its effect.
 */
@ApplicationScoped
public class ResourceSignals {

    public static final String CHANNEL = "resource-events";
    private static final Set<String> WANTED = Set.of(GantryEvent.typeOf(OverallocationDetected.class),
            GantryEvent.typeOf(OverallocationResolved.class), GantryEvent.typeOf(HardwareLifecycleRisk.class),
            GantryEvent.typeOf(HardwareLifecycleRiskCleared.class));

    private final EventInbox inbox;
    private final AutomaticRisks automatic;

    ResourceSignals(EventInbox inbox, AutomaticRisks automatic) {
        this.inbox = inbox;
        this.automatic = automatic;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CHANNEL, record, WANTED::contains, this::apply);
    }

    void apply(IncomingEvent event) {
        event.as(OverallocationDetected.class).ifPresent(detected -> {
            Set<UUID> projects = new TreeSet<>();
            detected.allocations().stream().filter(share -> Boolean.TRUE.equals(share.critical()))
                    .forEach(share -> projects.add(share.projectId()));
            projects.forEach(project -> automatic.raise(signal(project, detected, event.id())));
        });
        event.as(OverallocationResolved.class).ifPresent(resolved ->
                automatic.cleared(Signal.Kind.OVERALLOCATION, resolved.episodeId(), event.id()));
        event.as(HardwareLifecycleRisk.class).ifPresent(risk -> automatic.raise(signal(risk, event.id())));
        event.as(HardwareLifecycleRiskCleared.class).ifPresent(cleared -> automatic.cleared(
                Signal.Kind.HARDWARE_LIFECYCLE, lifecycleEpisode(cleared.reservationId(), cleared.kind()), event.id()));
    }

    /**
     * A lifecycle risk's episode is its reservation and kind: the risk a person closed for a reservation is not raised
     * again for it, a new reservation of the asset raises a new one.
     */
    static UUID lifecycleEpisode(UUID reservationId, String kind) {
        return UUID.nameUUIDFromBytes(("hardware-lifecycle/" + reservationId + "/" + kind)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** An asset that ends its warranty or life while the project needs it: likely trouble, major at end of life. */
    static Signal signal(HardwareLifecycleRisk r, UUID eventId) {
        boolean endOfLife = HardwareLifecycleRisk.END_OF_LIFE.equals(r.kind());
        String asset = r.assetTag() + (r.assetName() == null ? "" : " (" + r.assetName() + ")");
        String ends = endOfLife ? "reaches its end of life" : "goes out of warranty";
        return new Signal(Signal.Kind.HARDWARE_LIFECYCLE, r.projectId(), r.assetId() + "/" + r.kind(),
                lifecycleEpisode(r.reservationId(), r.kind()), eventId,
                "Asset " + r.assetTag() + " " + ends + " while the project needs it",
                asset + " " + ends + " on " + r.lifecycleDate() + "; the project needs it until " + r.neededUntil(),
                endOfLife ? "The asset fails and the vendor no longer supports or repairs it"
                        : "The asset fails and its repair is not covered",
                "Work that depends on the asset stops until it is replaced or repaired at the project's cost",
                "TECHNICAL", 3, endOfLife ? 4 : 3, null, null, null, r.lifecycleDate(),
                "/api/resources/assets/" + r.assetId());
    }

    /** The risk an over-allocation on the project's critical path is: likely, with a major impact, from its first day. */
    static Signal signal(UUID project, OverallocationDetected d, UUID eventId) {
        BigDecimal criticalHours = d.allocations().stream()
                .filter(s -> project.equals(s.projectId()) && Boolean.TRUE.equals(s.critical()))
                .map(OverallocationDetected.Share::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        String name = d.personName() == null ? "person " + d.personId() : d.personName();
        return new Signal(Signal.Kind.OVERALLOCATION, project, d.personId().toString(), d.episodeId(), eventId,
                "Over-allocation of " + name + " on critical-path work",
                name + " is allocated " + d.allocatedHours().stripTrailingZeros().toPlainString() + " h against "
                        + d.availableHours().stripTrailingZeros().toPlainString() + " h available on " + d.peakDay()
                        + " (over-allocated from " + d.firstDay() + " to " + d.lastDay() + "), "
                        + criticalHours.stripTrailingZeros().toPlainString() + " h of it on this project's critical path",
                "Critical-path tasks get less of " + name + "'s time than planned",
                "The critical path slips, and with it the project's finish",
                "RESOURCE", 4, 4, null, null, null, d.firstDay(),
                "/api/resources/people/" + d.personId() + "/load?from=" + d.firstDay() + "&to=" + d.lastDay()
                        + "&by=DAY");
    }
}
