package dev.gantry.resources.closure;

import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectResourcesReleased;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * resources-service's part in a project's closure: release the project's staff and hardware allocations and answer
 * with ProjectResourcesReleased, in the transaction that consumes the request (so the answer goes out exactly once per
 * closure, through the outbox). resources-service holds no allocations yet, so there is nothing to release: the answer
 * is COMPLETED with zero released.
 */
@ApplicationScoped
public class ClosureParticipant {

    private static final Logger LOG = Logger.getLogger(ClosureParticipant.class);

    private final EventPublisher events;
    private final Clock clock;

    ClosureParticipant(EventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Answers a ProjectClosureRequested that expects resources-service; ignores every other event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        event.as(ProjectClosureRequested.class)
                .filter(request -> request.expects(ClosureParticipants.RESOURCES))
                .ifPresent(this::answer);
    }

    private void answer(ProjectClosureRequested request) {
        int staffReleased = 0;
        int hardwareReleased = 0;
        events.publish(new ProjectResourcesReleased(request.projectId(), request.closureId(),
                ClosureParticipants.COMPLETED, null, staffReleased, hardwareReleased, clock.instant()));
        LOG.infof("Closure %s of project %s: released %d staff and %d hardware allocations", request.closureId(),
                request.projectId(), staffReleased, hardwareReleased);
    }
}
