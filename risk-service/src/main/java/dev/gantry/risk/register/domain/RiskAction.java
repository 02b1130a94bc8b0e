package dev.gantry.risk.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One action of a risk's response: what is done, by whom, by when, at what cost. */
@Entity
@Table(name = "risk_action")
public class RiskAction {

    @Id
    public UUID id;

    @Column(name = "risk_id", nullable = false)
    public UUID riskId;

    @Column(nullable = false)
    public String description;

    public String owner;

    @Column(name = "due_on")
    public LocalDate dueOn;

    public BigDecimal cost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The due date for which the action's being overdue was announced; null when never. */
    @Column(name = "overdue_announced_for")
    public LocalDate overdueAnnouncedFor;

    @Version
    public long version;

    public static RiskAction plan(UUID riskId, String description, String owner, LocalDate dueOn, BigDecimal cost,
                                  ActionStatus status, Instant now) {
        RiskAction action = new RiskAction();
        action.id = UUID.randomUUID();
        action.riskId = riskId;
        action.description = description.strip();
        action.owner = owner;
        action.dueOn = dueOn;
        action.cost = cost;
        action.status = status == null ? ActionStatus.PLANNED : status;
        action.createdAt = now;
        action.updatedAt = now;
        return action;
    }

    /** Sets what the action is now; true when something changed. */
    public boolean change(String description, String owner, LocalDate dueOn, BigDecimal cost, ActionStatus status,
                          Instant now) {
        String text = description.strip();
        boolean changed = !text.equals(this.description) || !Objects.equals(owner, this.owner)
                || !Objects.equals(dueOn, this.dueOn) || status != this.status
                || (cost == null ? this.cost != null : this.cost == null || cost.compareTo(this.cost) != 0);
        if (changed) {
            this.description = text;
            this.owner = owner;
            this.dueOn = dueOn;
            this.cost = cost;
            this.status = status;
            this.updatedAt = now;
        }
        return changed;
    }

    /** Due before today and not finished. */
    public boolean overdue(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today) && !status.isFinished();
    }
}
