package dev.gantry.resources.hardware;

import dev.gantry.resources.hardware.persistence.AssetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A closing project gives its assets back: a reservation not started by the closure day is cancelled, one running
 * then ends on that day, one already over stays as the record of what was used. An asset checked out stays checked out
 * (it still has to come back: it is overdue from the next day) and its reservation ends on the closure day, or on its
 * first day if it had not started. Conflicts with task moves are over; lifecycle risks of the released periods clear.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HardwareRelease {

    private static final String ACTOR = "closure";

    private final AssetRepository assets;
    private final ReservationConflicts conflicts;
    private final LifecycleRisks risks;
    private final Clock clock;

    HardwareRelease(AssetRepository assets, ReservationConflicts conflicts, LifecycleRisks risks, Clock clock) {
        this.assets = assets;
        this.conflicts = conflicts;
        this.risks = risks;
        this.clock = clock;
    }

    /** Releases the project's reservations after {@code day}; answers how many it cancelled or cut short. */
    public int release(UUID projectId, LocalDate day) {
        List<AssetRepository.Reservation> ofProject = assets.ofProject(projectId);
        Set<UUID> assetIds = new TreeSet<>();
        ofProject.stream().filter(r -> r.lastDay().isAfter(day)).forEach(r -> assetIds.add(r.assetId()));
        if (assetIds.isEmpty()) {
            return 0;
        }
        assets.lockAll(assetIds);
        Set<UUID> conflicting = conflicts.openOf(projectId);
        Instant now = clock.instant();
        int released = 0;
        for (AssetRepository.Reservation r : assets.ofProject(projectId)) {
            if (!r.lastDay().isAfter(day)) {
                continue;
            }
            if (conflicting.contains(r.id())) {
                conflicts.resolve(r, null, null);
            }
            String what;
            if (r.firstDay().isAfter(day) && !r.out()) {
                assets.deleteReservation(projectId, r.id());
                what = "RESERVATION_RELEASED";
            } else {
                LocalDate last = r.firstDay().isAfter(day) ? r.firstDay() : day;
                if (!last.isBefore(r.lastDay())) {
                    continue;
                }
                assets.move(r.id(), r.firstDay(), last);
                what = "RESERVATION_CUT_SHORT";
            }
            assets.record(r.assetId(), now, ACTOR, what, null, null, "Project " + projectId + " closed: reservation "
                    + r.id() + ", " + r.firstDay() + " to " + r.lastDay());
            released++;
        }
        for (UUID assetId : assetIds) {
            assets.findByIdOptional(assetId).ifPresent(risks::check);
        }
        return released;
    }
}
