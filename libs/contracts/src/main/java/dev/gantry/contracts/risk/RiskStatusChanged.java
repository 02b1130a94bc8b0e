package dev.gantry.contracts.risk;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A risk moved from one status to another (IDENTIFIED, ASSESSED, RESPONDING, MONITORING, OCCURRED, CLOSED). A risk
 * that OCCURRED names the issue it became in the project's issue log ({@code issueId}). Keyed by the project's id.
 */
@EventType(value = "dev.gantry.risk.risk-status-changed.v1", topic = Topics.RISKS)
public record RiskStatusChanged(
        UUID projectId,
        UUID riskId,
        String riskKey,
        String title,
        String from,
        String to,
        String reason,
        UUID issueId,
        String changedBy,
        Instant changedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
