package dev.gantry.projects.closure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A participant's answer to one closure attempt, as received; at most one per participant and attempt. */
@Entity
@Table(name = "project_closure_answer")
@IdClass(ClosureAnswer.Key.class)
public class ClosureAnswer {

    @Id
    @Column(name = "closure_id")
    public UUID closureId;

    @Id
    public String participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AnswerOutcome outcome;

    public String reason;

    /** One sentence for people, e.g. "Released 4 staff and 12 hardware allocations". */
    @Column(nullable = false)
    public String summary;

    /** The answer's figures as a JSON object. */
    @Column(nullable = false)
    public String details;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Composite key: the attempt and the participant. */
    public static class Key implements Serializable {
        public UUID closureId;
        public String participant;

        public Key() {
        }

        public Key(UUID closureId, String participant) {
            this.closureId = closureId;
            this.participant = participant;
        }

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
