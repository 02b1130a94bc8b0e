package dev.gantry.projects.closure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * One attempt at closing a project: a saga with a deadline. It waits for an answer from each participant; all
 * COMPLETED closes the project, one FAILED or the deadline ends the attempt and leaves the project in CLOSING.
 */
@Entity
@Table(name = "project_closure")
public class Closure {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClosureState state;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_disposition", nullable = false)
    public RiskDisposition riskDisposition;

    @Column(name = "risk_transfer_target")
    public String riskTransferTarget;

    /** The participants expected to answer, comma-separated service names. */
    @Column(nullable = false)
    public String participants;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_by_name")
    public String requestedByName;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(nullable = false)
    public Instant deadline;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "failure_reason")
    public String failureReason;

    @Version
    public long version;

    /** A new attempt, PENDING until {@code deadline}. */
    public static Closure request(UUID projectId, String reason, RiskDisposition disposition, String transferTarget,
                                  List<String> participants, String requestedBy, String requestedByName,
                                  Instant now, Instant deadline) {
        Closure closure = new Closure();
        closure.id = UUID.randomUUID();
        closure.projectId = projectId;
        closure.state = ClosureState.PENDING;
        closure.reason = reason;
        closure.riskDisposition = disposition;
        closure.riskTransferTarget = transferTarget;
        closure.participants = String.join(",", participants);
        closure.requestedBy = requestedBy;
        closure.requestedByName = requestedByName;
        closure.requestedAt = now;
        closure.deadline = deadline;
        return closure;
    }

    public List<String> participantList() {
        return Arrays.stream(participants.split(",")).filter(p -> !p.isBlank()).toList();
    }

    public boolean expects(String participant) {
        return participantList().contains(participant);
    }

    public boolean isPending() {
        return state == ClosureState.PENDING;
    }

    /** The participants that have not answered yet, in the order they were asked. */
    public List<String> waitingFor(Collection<String> answered) {
        return participantList().stream().filter(p -> !answered.contains(p)).toList();
    }

    public boolean everyoneAnswered(Collection<String> answered) {
        return waitingFor(answered).isEmpty();
    }

    public void complete(Instant now) {
        end(ClosureState.COMPLETED, null, now);
    }

    public void fail(String why, Instant now) {
        end(ClosureState.FAILED, why, now);
    }

    public void timeOut(List<String> missing, Instant now) {
        end(ClosureState.TIMED_OUT, "No answer from " + String.join(", ", missing) + " before the deadline "
                + deadline, now);
    }

    private void end(ClosureState to, String why, Instant now) {
        if (!isPending()) {
            throw new IllegalStateException("Closure " + id + " is already " + state);
        }
        state = to;
        failureReason = why;
        endedAt = now;
    }
}
