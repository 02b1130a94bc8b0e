package dev.gantry.risk.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A periodic review of a risk: what the reviewer found, and when to look again. Never changed afterwards. */
@Entity
@Table(name = "risk_review")
public class RiskReview {

    @Id
    public UUID id;

    @Column(name = "risk_id", nullable = false)
    public UUID riskId;

    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;

    @Column(name = "reviewed_by", nullable = false)
    public String reviewedBy;

    @Column(nullable = false)
    public String notes;

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    public static RiskReview of(UUID riskId, String notes, LocalDate nextReviewOn, String by, Instant now) {
        RiskReview review = new RiskReview();
        review.id = UUID.randomUUID();
        review.riskId = riskId;
        review.notes = notes.strip();
        review.nextReviewOn = nextReviewOn;
        review.reviewedBy = by;
        review.reviewedAt = now;
        return review;
    }
}
