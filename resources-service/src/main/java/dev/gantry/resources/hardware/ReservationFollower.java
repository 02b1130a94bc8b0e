package dev.gantry.resources.hardware;

import dev.gantry.resources.hardware.persistence.AssetRepository;
import dev.gantry.resources.schedule.ScheduleReceived;
import dev.gantry.resources.schedule.ScheduleReplica;
import dev.gantry.resources.schedule.domain.TaskDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Moves asset reservations for tasks with their tasks, as allocations to tasks move: when a complete new schedule of
 * a project arrives, each reservation for one of its tasks takes the task's days again — unless the asset is reserved
 * over those days already. Then the reservation keeps its days and the conflict is announced and listed
 * ({@link ReservationConflicts}): a double booking is reported, never applied. Moved reservations have their asset's
 * lifecycle risks judged again (a task moved past a warranty end raises one; moved back, it clears).
 *
 * <p>The assets concerned are locked first, in one statement, so that a reservation made meanwhile waits; the moves are
 * tried until none succeeds any more, so that two reservations of one asset that swap places both move.
 */
@ApplicationScoped
public class ReservationFollower {

    private static final String ACTOR = "schedule";

    private final AssetRepository assets;
    private final ScheduleReplica schedule;
    private final ReservationConflicts conflicts;
    private final LifecycleRisks risks;
    private final Clock clock;

    ReservationFollower(AssetRepository assets, ScheduleReplica schedule, ReservationConflicts conflicts,
                        LifecycleRisks risks, Clock clock) {
        this.assets = assets;
        this.schedule = schedule;
        this.conflicts = conflicts;
        this.risks = risks;
        this.clock = clock;
    }

    void onScheduleReceived(@Observes ScheduleReceived received) {
        List<AssetRepository.Reservation> following = assets.followingTasks(received.projectId());
        if (following.isEmpty()) {
            return;
        }
        Map<UUID, TaskDates> dates = schedule.taskDates(received.projectId(),
                following.stream().map(AssetRepository.Reservation::taskId).distinct().toList());
        Set<UUID> assetIds = new TreeSet<>();
        following.forEach(r -> assetIds.add(r.assetId()));
        assets.lockAll(assetIds);
        Set<UUID> conflicting = conflicts.openOf(received.projectId());
        // Read again under the locks: the days as they are now.
        List<AssetRepository.Reservation> pending = new ArrayList<>();
        for (AssetRepository.Reservation r : assets.followingTasks(received.projectId())) {
            TaskDates task = dates.get(r.taskId());
            if (task == null) {
                continue; // The task is gone: the reservation keeps its last days.
            }
            if (r.firstDay().equals(task.firstDay()) && r.lastDay().equals(task.lastDay())) {
                if (conflicting.contains(r.id())) {
                    // The task came back to the reservation's days.
                    conflicts.resolve(r, r.firstDay(), r.lastDay());
                }
            } else {
                pending.add(r);
            }
        }
        Set<UUID> moved = new LinkedHashSet<>();
        Map<UUID, List<UUID>> inTheWay = new HashMap<>();
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                AssetRepository.Reservation r = it.next();
                TaskDates task = dates.get(r.taskId());
                List<UUID> others = assets.overlapping(r.assetId(), task.firstDay(), task.lastDay()).stream()
                        .map(AssetRepository.Reservation::id).filter(id -> !id.equals(r.id())).toList();
                if (others.isEmpty()) {
                    move(r, task.firstDay(), task.lastDay(), conflicting.contains(r.id()));
                    moved.add(r.assetId());
                    it.remove();
                    progress = true;
                } else {
                    inTheWay.put(r.id(), others);
                }
            }
        }
        for (AssetRepository.Reservation r : pending) {
            TaskDates task = dates.get(r.taskId());
            conflicts.raise(r, task.firstDay(), task.lastDay(), inTheWay.get(r.id()));
        }
        for (UUID assetId : moved) {
            assets.findByIdOptional(assetId).ifPresent(risks::check);
        }
    }

    private void move(AssetRepository.Reservation r, LocalDate first, LocalDate last, boolean wasConflicting) {
        assets.move(r.id(), first, last);
        assets.record(r.assetId(), clock.instant(), ACTOR, "RESERVATION_MOVED", null, null, "Reservation " + r.id()
                + ", project " + r.projectId() + ": " + r.firstDay() + " to " + r.lastDay() + " → " + first + " to "
                + last + ", with task " + r.taskId());
        if (wasConflicting) {
            conflicts.resolve(r, first, last);
        }
    }
}
