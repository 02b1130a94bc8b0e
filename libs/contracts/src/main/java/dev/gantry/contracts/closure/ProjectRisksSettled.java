package dev.gantry.contracts.closure;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * risk-service's answer to {@link ProjectClosureRequested}: it closed the project's open risks or transferred them to
 * {@code transferredTo} ({@code outcome} COMPLETED, with counts), or could not ({@code outcome} FAILED, {@code reason}).
 */
@EventType(value = "dev.gantry.risk.project-risks-settled.v1", topic = Topics.RISKS)
public record ProjectRisksSettled(
        UUID projectId,
        UUID closureId,
        String outcome,
        String reason,
        int risksClosed,
        int risksTransferred,
        String transferredTo,
        Instant answeredAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
