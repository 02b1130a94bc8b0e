package dev.gantry.risk.register.domain;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An entry of the project's issue log: something that happened and must be dealt with, often a risk that occurred. */
@Entity
@Table(name = "project_issue")
public class ProjectIssue {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public int number;

    @Column(name = "risk_id")
    public UUID riskId;

    @Column(nullable = false)
    public String title;

    public String description;

    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IssueStatus status;

    public String resolution;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The issue a risk becomes when it occurs: its title, its event and effect, its owner. */
    public static ProjectIssue fromRisk(Risk risk, int number, String reason, String by, Instant now) {
        ProjectIssue issue = new ProjectIssue();
        issue.id = UUID.randomUUID();
        issue.projectId = risk.projectId;
        issue.number = number;
        issue.riskId = risk.id;
        issue.title = risk.title;
        StringBuilder description = new StringBuilder("Risk " + risk.key() + " occurred");
        if (reason != null) {
            description.append(": ").append(reason);
        }
        if (risk.effect != null) {
            description.append(". Expected effect: ").append(risk.effect);
        }
        issue.description = description.toString();
        issue.owner = risk.owner;
        issue.status = IssueStatus.OPEN;
        issue.raisedBy = by;
        issue.raisedAt = now;
        issue.updatedAt = now;
        return issue;
    }

    /** Sets the owner, status and resolution; a resolved issue says how it was resolved. True when something changed. */
    public boolean change(String owner, IssueStatus status, String resolution, Instant now) {
        String text = resolution == null || resolution.isBlank() ? null : resolution.strip();
        if (status == IssueStatus.RESOLVED && text == null) {
            throw new ValidationException(FieldError.body("/resolution", "a resolved issue says how it was resolved"));
        }
        boolean changed = !Objects.equals(owner, this.owner) || status != this.status
                || !Objects.equals(text, this.resolution);
        if (changed) {
            this.owner = owner;
            this.status = status;
            this.resolution = text;
            this.updatedAt = now;
        }
        return changed;
    }

    /** "I-3": how people refer to an issue of their project. */
    public String key() {
        return "I-" + number;
    }
}
