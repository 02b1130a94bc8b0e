package dev.gantry.risk.closure;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectRisksSettled;
import dev.gantry.platform.closure.ClosureParticipant;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.risk.register.RiskService;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * risk-service's part in a project's closure: close the project's open risks, or transfer them to the target the
 * requester named (they are closed in this register with the target in the reason), and answer with
 * ProjectRisksSettled counting them. Runs in the transaction that records the request in the inbox, so a redelivered
 * request is not answered twice.
 */
@Singleton
public class RiskSettlement extends ClosureParticipant {

    private final RiskService risks;

    RiskSettlement(EventPublisher events, Clock clock, RiskService risks) {
        super(ClosureParticipants.RISK, events, clock);
        this.risks = risks;
    }

    @Override
    protected Optional<GantryEvent> answer(ProjectClosureRequested request, Instant now) {
        boolean transfer = ClosureParticipants.TRANSFER.equals(request.riskDisposition());
        int settled = risks.closeAllOf(request.projectId(), transfer
                ? "Transferred to " + request.riskTransferTarget() + " at the project's closure"
                : "Closed with the project");
        int closed = transfer ? 0 : settled;
        int transferred = transfer ? settled : 0;
        return Optional.of(new ProjectRisksSettled(request.projectId(), request.closureId(),
                ClosureParticipants.COMPLETED, null, closed, transferred,
                transfer ? request.riskTransferTarget() : null, now));
    }
}
