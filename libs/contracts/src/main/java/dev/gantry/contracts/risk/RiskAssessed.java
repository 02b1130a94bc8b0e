package dev.gantry.contracts.risk;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A risk's assessment changed: its inherent scores (before the response), its residual scores (after it), its
 * schedule or cost impact. Carries all of them as they now are, the expected monetary value (the probability level's
 * percentage times the cost impact), and who changed them and why. Keyed by the project's id.
 */
@EventType(value = "dev.gantry.risk.risk-assessed.v1", topic = Topics.RISKS)
public record RiskAssessed(
        UUID projectId,
        UUID riskId,
        String riskKey,
        String title,
        Integer probability,
        Integer impact,
        Integer score,
        String level,
        Integer residualProbability,
        Integer residualImpact,
        Integer residualScore,
        String residualLevel,
        Integer scheduleImpactDays,
        BigDecimal costImpact,
        String currency,
        BigDecimal expectedMonetaryValue,
        String reason,
        String assessedBy,
        Instant assessedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
