package dev.gantry.risk.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A risk's scores as one change left them, with who made the change and why. Never changed afterwards. */
@Entity
@Table(name = "risk_score_change")
public class ScoreChange {

    @Id
    public UUID id;

    @Column(name = "risk_id", nullable = false)
    public UUID riskId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(nullable = false)
    public String reason;

    public Integer probability;
    public Integer impact;

    @Column(name = "residual_probability")
    public Integer residualProbability;

    @Column(name = "residual_impact")
    public Integer residualImpact;

    @Column(name = "schedule_impact_days")
    public Integer scheduleImpactDays;

    @Column(name = "cost_impact")
    public BigDecimal costImpact;

    public static ScoreChange of(Risk risk, String by, String reason, Instant now) {
        ScoreChange change = new ScoreChange();
        change.id = UUID.randomUUID();
        change.riskId = risk.id;
        change.changedAt = now;
        change.changedBy = by;
        change.reason = reason;
        change.probability = risk.probability;
        change.impact = risk.impact;
        change.residualProbability = risk.residualProbability;
        change.residualImpact = risk.residualImpact;
        change.scheduleImpactDays = risk.scheduleImpactDays;
        change.costImpact = risk.costImpact;
        return change;
    }
}
