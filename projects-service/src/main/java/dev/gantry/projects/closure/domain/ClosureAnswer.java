package dev.gantry.projects.closure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant's answer to one closure attempt, as received; at most one per participant and attempt. Only its
 * {@link Closure} records one.
 */
@Entity
@Table(name = "project_closure_answer")
@IdClass(ClosureAnswer.Key.class)
public class ClosureAnswer {

    @Id
    @Column(name = "closure_id")
    private UUID closureId;

    @Id
    private String participant;

    // The attempt's id above writes the column; this side only lets the attempt map its answers.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "closure_id", insertable = false, updatable = false)
    private Closure closure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnswerOutcome outcome;

    private String reason;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String details;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ClosureAnswer() {
    }

    ClosureAnswer(Closure closure, ParticipantAnswer answer, Instant now) {
        this.closure = closure;
        this.closureId = closure.id();
        this.participant = answer.participant();
        this.outcome = answer.outcome();
        this.reason = answer.reason();
        this.summary = answer.summary();
        this.details = answer.details();
        this.eventId = answer.eventId();
        this.answeredAt = answer.answeredAt() == null ? now : answer.answeredAt();
        this.recordedAt = now;
    }

    public String participant() {
        return participant;
    }

    public AnswerOutcome outcome() {
        return outcome;
    }

    /** The participant's reason for a FAILED answer. */
    public String reason() {
        return reason;
    }

    /** One sentence for people, e.g. "Released 4 staff and 12 hardware allocations". */
    public String summary() {
        return summary;
    }

    /** The answer's figures as a JSON object. */
    public String details() {
        return details;
    }

    /** The event that carried the answer. */
    public UUID eventId() {
        return eventId;
    }

    /** When the participant answered, by its own clock; when it was recorded if the answer did not say. */
    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Composite key: the attempt and the participant. */
    public static class Key implements Serializable {
        private UUID closureId;
        private String participant;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(closureId, other.closureId)
                    && Objects.equals(participant, other.participant);
        }

        @Override
        public int hashCode() {
            return Objects.hash(closureId, participant);
        }
    }
}
