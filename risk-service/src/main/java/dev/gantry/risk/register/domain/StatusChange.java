package dev.gantry.risk.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One move of a risk from a status to another, with who made it and why. Never changed afterwards. */
@Entity
@Table(name = "risk_status_change")
public class StatusChange {

    @Id
    public UUID id;

    @Column(name = "risk_id", nullable = false)
    public UUID riskId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public RiskStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public RiskStatus to;

    public String reason;

    public static StatusChange of(UUID riskId, RiskStatus from, RiskStatus to, String by, String reason, Instant now) {
        StatusChange change = new StatusChange();
        change.id = UUID.randomUUID();
        change.riskId = riskId;
        change.from = from;
        change.to = to;
        change.changedBy = by;
        change.reason = reason;
        change.changedAt = now;
        return change;
    }
}
