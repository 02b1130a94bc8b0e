package dev.gantry.resources.closure;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectResourcesReleased;
import dev.gantry.platform.closure.ClosureParticipant;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * resources-service's part in a project's closure: release the project's staff allocations — each ends on the day
 * the closure was requested (UTC), and counts for no day after it — and answer with ProjectResourcesReleased and how
 * many it released. Runs in the transaction that records the request in the inbox, so a redelivered request
 * releases nothing twice. Hardware allocations do not exist yet: zero.
 */
@Singleton
public class ResourceRelease extends ClosureParticipant {

    private final AllocationRepository allocations;

    ResourceRelease(EventPublisher events, Clock clock, AllocationRepository allocations) {
        super(ClosureParticipants.RESOURCES, events, clock);
        this.allocations = allocations;
    }

    @Override
    protected Optional<GantryEvent> answer(ProjectClosureRequested request, Instant now) {
        LocalDate day = LocalDate.ofInstant(request.requestedAt() == null ? now : request.requestedAt(), ZoneOffset.UTC);
        int staffReleased = 0;
        for (Allocation allocation : allocations.unreleasedOfProject(request.projectId())) {
            if (allocation.release(day, now)) {
                staffReleased++;
            }
        }
        int hardwareReleased = 0;
        return Optional.of(new ProjectResourcesReleased(request.projectId(), request.closureId(),
                ClosureParticipants.COMPLETED, null, staffReleased, hardwareReleased, now));
    }
}
