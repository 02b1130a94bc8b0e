package dev.gantry.resources.closure;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectResourcesReleased;
import dev.gantry.platform.closure.ClosureParticipant;
import dev.gantry.platform.events.EventPublisher;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * resources-service's part in a project's closure: release the project's staff and hardware allocations and answer
 * with ProjectResourcesReleased. resources-service holds no allocations yet, so there is nothing to release: the answer
 * is COMPLETED with zero released.
 */
@Singleton
public class ResourceRelease extends ClosureParticipant {

    ResourceRelease(EventPublisher events, Clock clock) {
        super(ClosureParticipants.RESOURCES, events, clock);
    }

    @Override
    protected Optional<GantryEvent> answer(ProjectClosureRequested request, Instant now) {
        int staffReleased = 0;
        int hardwareReleased = 0;
        return Optional.of(new ProjectResourcesReleased(request.projectId(), request.closureId(),
                ClosureParticipants.COMPLETED, null, staffReleased, hardwareReleased, now));
    }
}
