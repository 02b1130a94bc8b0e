package dev.gantry.risk.closure;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectRisksSettled;
import dev.gantry.platform.closure.ClosureParticipant;
import dev.gantry.platform.events.EventPublisher;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * risk-service's part in a project's closure: close the project's open risks, or transfer them to the target the
 * requester named, and answer with ProjectRisksSettled. risk-service holds no risk register yet, so there are no open
 * risks: the answer is COMPLETED with zero closed and zero transferred (naming the transfer target when one was asked
 * for).
 */
@Singleton
public class RiskSettlement extends ClosureParticipant {

    RiskSettlement(EventPublisher events, Clock clock) {
        super(ClosureParticipants.RISK, events, clock);
    }

    @Override
    protected Optional<GantryEvent> answer(ProjectClosureRequested request, Instant now) {
        boolean transfer = ClosureParticipants.TRANSFER.equals(request.riskDisposition());
        int closed = 0;
        int transferred = 0;
        return Optional.of(new ProjectRisksSettled(request.projectId(), request.closureId(),
                ClosureParticipants.COMPLETED, null, closed, transferred,
                transfer ? request.riskTransferTarget() : null, now));
    }
}
