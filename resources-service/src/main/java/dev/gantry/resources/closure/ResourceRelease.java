package dev.gantry.resources.closure;

import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectResourcesReleased;
import dev.gantry.platform.closure.ClosureParticipant;
import dev.gantry.platform.events.EventPublisher;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * resources-service's part in a project's closure: release the project's staff and hardware allocations and answer
 * with ProjectResourcesReleased. resources-service holds no allocations yet, so there is nothing to release: the answer
 * is COMPLETED with zero released.
 */
@Singleton
public class ResourceRelease extends ClosureParticipant {

    private static final Logger LOG = Logger.getLogger(ResourceRelease.class);

    private final EventPublisher events;
    private final Clock clock;

    ResourceRelease(EventPublisher events, Clock clock) {
        super(ClosureParticipants.RESOURCES);
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void answer(ProjectClosureRequested request) {
        int staffReleased = 0;
        int hardwareReleased = 0;
        events.publish(new ProjectResourcesReleased(request.projectId(), request.closureId(),
                ClosureParticipants.COMPLETED, null, staffReleased, hardwareReleased, clock.instant()));
        LOG.infof("Closure %s of project %s: released %d staff and %d hardware allocations", request.closureId(),
                request.projectId(), staffReleased, hardwareReleased);
    }
}
