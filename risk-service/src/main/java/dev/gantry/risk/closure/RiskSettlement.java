package dev.gantry.risk.closure;

import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectRisksSettled;
import dev.gantry.platform.closure.ClosureParticipant;
import dev.gantry.platform.events.EventPublisher;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * risk-service's part in a project's closure: close the project's open risks, or transfer them to the target the
 * requester named, and answer with ProjectRisksSettled. risk-service holds no risk register yet, so there are no open
 * risks: the answer is COMPLETED with zero closed and zero transferred (naming the transfer target when one was asked
 * for).
 */
@Singleton
public class RiskSettlement extends ClosureParticipant {

    private static final Logger LOG = Logger.getLogger(RiskSettlement.class);

    private final EventPublisher events;
    private final Clock clock;

    RiskSettlement(EventPublisher events, Clock clock) {
        super(ClosureParticipants.RISK);
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void answer(ProjectClosureRequested request) {
        boolean transfer = ClosureParticipants.TRANSFER.equals(request.riskDisposition());
        int closed = 0;
        int transferred = 0;
        events.publish(new ProjectRisksSettled(request.projectId(), request.closureId(), ClosureParticipants.COMPLETED,
                null, closed, transferred, transfer ? request.riskTransferTarget() : null, clock.instant()));
        LOG.infof("Closure %s of project %s: closed %d and transferred %d open risks", request.closureId(),
                request.projectId(), closed, transferred);
    }
}
