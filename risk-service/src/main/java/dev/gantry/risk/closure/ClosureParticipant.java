package dev.gantry.risk.closure;

import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectRisksSettled;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * risk-service's part in a project's closure: close the project's open risks, or transfer them to the target the
 * requester named, and answer with ProjectRisksSettled in the transaction that consumes the request (exactly once per
 * closure, through the outbox). risk-service holds no risk register yet, so there are no open risks: the answer is
 * COMPLETED with zero closed and zero transferred (naming the transfer target when one was asked for).
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

    /** Answers a ProjectClosureRequested that expects risk-service; ignores every other event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        event.as(ProjectClosureRequested.class)
                .filter(request -> request.expects(ClosureParticipants.RISK))
                .ifPresent(this::answer);
    }

    private void answer(ProjectClosureRequested request) {
        boolean transfer = ClosureParticipants.TRANSFER.equals(request.riskDisposition());
        int closed = 0;
        int transferred = 0;
        events.publish(new ProjectRisksSettled(request.projectId(), request.closureId(), ClosureParticipants.COMPLETED,
                null, closed, transferred, transfer ? request.riskTransferTarget() : null, clock.instant()));
        LOG.infof("Closure %s of project %s: closed %d and transferred %d open risks", request.closureId(),
                request.projectId(), closed, transferred);
    }
}
