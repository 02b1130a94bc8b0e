package dev.gantry.contracts.risk;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action of a risk's response passed its due date without being done or cancelled: announced once per due date
 * (a new due date that passes is announced again). Keyed by the project's id.
 */
@EventType(value = "dev.gantry.risk.risk-response-overdue.v1", topic = Topics.RISKS)
public record RiskResponseOverdue(
        UUID projectId,
        UUID riskId,
        String riskKey,
        String riskTitle,
        UUID actionId,
        String action,
        String owner,
        LocalDate dueOn,
        String status,
        Instant detectedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
