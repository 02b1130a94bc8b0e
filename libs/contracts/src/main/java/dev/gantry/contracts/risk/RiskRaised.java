package dev.gantry.contracts.risk;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A risk was entered in a project's register, in status IDENTIFIED. {@code riskKey} is how people name it in the project
 * ("R-4"); {@code probability} and {@code impact} are levels of the organisation's matrix (1-based), {@code score}
 * their product and {@code level} its band (LOW, MEDIUM, HIGH, CRITICAL), all null until someone scores it. Keyed by
 * the project's id.
 */
@EventType(value = "dev.gantry.risk.risk-raised.v1", topic = Topics.RISKS)
public record RiskRaised(
        UUID projectId,
        UUID riskId,
        String riskKey,
        String title,
        String category,
        String owner,
        Integer probability,
        Integer impact,
        Integer score,
        String level,
        String raisedBy,
        Instant raisedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
