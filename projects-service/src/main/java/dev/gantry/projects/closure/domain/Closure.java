package dev.gantry.projects.closure.domain;

import dev.gantry.projects.closure.domain.AnswerEffect.Completed;
import dev.gantry.projects.closure.domain.AnswerEffect.Failed;
import dev.gantry.projects.closure.domain.AnswerEffect.Ignored;
import dev.gantry.projects.closure.domain.AnswerEffect.Recorded;
import dev.gantry.projects.closure.domain.AnswerEffect.TimedOut;
import dev.gantry.projects.project.domain.ProjectStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.gantry.projects.closure.domain.AnswerEffect.Ignored.Cause.ALREADY_ANSWERED;
import static dev.gantry.projects.closure.domain.AnswerEffect.Ignored.Cause.ENDED;
import static dev.gantry.projects.closure.domain.AnswerEffect.Ignored.Cause.NOT_A_PARTICIPANT;
import static dev.gantry.projects.closure.domain.AnswerEffect.Ignored.Cause.WRONG_PROJECT;

/**
 * One attempt at closing a project: a saga with a deadline. It waits for one answer from each participant; all
 * COMPLETED closes the project, one FAILED or the deadline ends the attempt and leaves the project in CLOSING, ready
 * for a new attempt. Only a PENDING attempt changes, and only through its own methods; its answers belong to it.
 */
@Entity
@Table(name = "project_closure")
public class Closure {

    /** The coordinator of the saga, named as the one that failed an attempt no participant failed. */
    public static final String COORDINATOR = "projects-service";

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClosureState state;

    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_disposition", nullable = false)
    private RiskDisposition riskDisposition;

    @Column(name = "risk_transfer_target")
    private String riskTransferTarget;

    @Convert(converter = ParticipantsColumn.class)
    @Column(nullable = false)
    private List<String> participants;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_by_name")
    private String requestedByName;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "failure_reason")
    private String failureReason;

    @Version
    private long version;

    @OneToMany(mappedBy = "closure", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt")
    private List<ClosureAnswer> answers = new ArrayList<>();

    protected Closure() {
    }

    /**
     * A new attempt, PENDING until {@code timeout} after {@code now}. It waits for {@code participants}, service names
     * each asked once, in the order given; TRANSFER needs a {@code transferTarget} and CLOSE takes none.
     *
     * @throws IllegalArgumentException when the participants or the transfer target break those rules
     */
    public static Closure open(UUID projectId, String reason, RiskDisposition disposition, String transferTarget,
                               List<String> participants, String requestedBy, String requestedByName,
                               Instant now, Duration timeout) {
        disposition.refusal(transferTarget).ifPresent(why -> {
            throw new IllegalArgumentException("The risk transfer target " + why);
        });
        checkParticipants(participants);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A closure needs time for its answers; the timeout is " + timeout);
        }
        Closure closure = new Closure();
        closure.id = UUID.randomUUID();
        closure.projectId = projectId;
        closure.state = ClosureState.PENDING;
        closure.reason = reason;
        closure.riskDisposition = disposition;
        closure.riskTransferTarget = transferTarget;
        closure.participants = List.copyOf(participants);
        closure.requestedBy = requestedBy;
        closure.requestedByName = requestedByName;
        closure.requestedAt = now;
        closure.deadline = now.plus(timeout);
        return closure;
    }

    /**
     * Takes a participant's answer. The rules, in the order they apply:
     * <ol>
     *     <li>an answer for another project, from a service that is not a participant, or to an attempt that has
     *     ended is ignored;</li>
     *     <li>an answer at or after the deadline does not count: the attempt times out instead, missing it too;</li>
     *     <li>a participant's second answer is ignored, whatever it says: the first one counts;</li>
     *     <li>otherwise the answer is recorded. FAILED fails the attempt with the participant's reason. The last
     *     COMPLETED answer completes it if the project is still CLOSING, and fails it if the project has moved on
     *     meanwhile (cancelled), since only a CLOSING project can close.</li>
     * </ol>
     *
     * @param projectStatus the project's status now; it matters only for the last answer
     */
    public AnswerEffect accept(ParticipantAnswer answer, ProjectStatus projectStatus, Instant now) {
        String participant = answer.participant();
        if (!projectId.equals(answer.projectId())) {
            return new Ignored(WRONG_PROJECT, "The closure belongs to project " + projectId + ", not "
                    + answer.projectId());
        }
        if (!expects(participant)) {
            return new Ignored(NOT_A_PARTICIPANT, participant + " is not a participant; the closure expects answers"
                    + " from " + String.join(", ", participants));
        }
        if (!isPending()) {
            return new Ignored(ENDED, "The closure is already " + state);
        }
        if (isOverdue(now)) {
            return new TimedOut("The answer came too late: the deadline was " + deadline + "; the closure timed out",
                    timeOut(now));
        }
        Optional<ClosureAnswer> earlier = answerOf(participant);
        if (earlier.isPresent()) {
            return new Ignored(ALREADY_ANSWERED, participant + " has already answered "
                    + earlier.get().outcome() + "; the first answer counts");
        }
        answers.add(new ClosureAnswer(this, answer, now));
        if (answer.outcome() == AnswerOutcome.FAILED) {
            String why = participant + ": " + (answer.reason() == null ? "no reason given" : answer.reason());
            end(ClosureState.FAILED, why, now);
            return new Failed(participant, why);
        }
        List<String> awaited = awaited();
        if (!awaited.isEmpty()) {
            return new Recorded(awaited);
        }
        if (projectStatus != ProjectStatus.CLOSING) {
            String why = "The project is " + projectStatus + "; it was no longer CLOSING when the last answer arrived";
            end(ClosureState.FAILED, why, now);
            return new Failed(COORDINATOR, why);
        }
        end(ClosureState.COMPLETED, null, now);
        return new Completed(id, answers.stream().map(ClosureAnswer::participant).toList());
    }

    /**
     * Ends an overdue attempt as TIMED_OUT, with a reason naming the participants that did not answer, and returns
     * them in the order they were asked.
     *
     * @throws IllegalStateException when the attempt is not overdue: it has ended, or its deadline is still ahead
     */
    public List<String> timeOut(Instant now) {
        if (!isOverdue(now)) {
            throw new IllegalStateException(isPending()
                    ? "Closure " + id + " waits for answers until " + deadline + "; at " + now + " it cannot time out"
                    : "Closure " + id + " is already " + state);
        }
        List<String> missing = unanswered();
        end(ClosureState.TIMED_OUT, "No answer from " + String.join(", ", missing) + " before the deadline "
                + deadline, now);
        return missing;
    }

    /** A pending attempt is overdue from its deadline on; an ended one never is. */
    public boolean isOverdue(Instant now) {
        return isPending() && !now.isBefore(deadline);
    }

    /** Only a pending attempt takes answers; completed, failed and timed out are final. */
    public boolean isPending() {
        return state == ClosureState.PENDING;
    }

    /** True when {@code participant} is asked to answer this attempt. */
    public boolean expects(String participant) {
        return participants.contains(participant);
    }

    /** The participants the attempt still waits for, in the order they were asked; none once it has ended. */
    public List<String> awaited() {
        return isPending() ? unanswered() : List.of();
    }

    /**
     * Where the attempt stands and what it waits for, or what to do next; phrased to follow another sentence, e.g.
     * "closure … is pending until …, waiting for risk-service".
     */
    public String progress() {
        return switch (state) {
            case PENDING -> "closure " + id + " is pending until " + deadline + ", waiting for "
                    + String.join(", ", awaited());
            case FAILED -> "closure " + id + " failed (" + failureReason + "); request the closure again";
            case TIMED_OUT -> "closure " + id + " timed out (" + failureReason + "); request the closure again";
            case COMPLETED -> "closure " + id + " completed";
        };
    }

    /** The recorded answers, at most one per participant, in the order they were recorded. */
    public List<ClosureAnswer> answers() {
        return List.copyOf(answers);
    }

    /** The participants asked to answer, in the order they were asked. */
    public List<String> participants() {
        return participants;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public ClosureState state() {
        return state;
    }

    /** Why the project closes, as the requester put it. */
    public String reason() {
        return reason;
    }

    public RiskDisposition riskDisposition() {
        return riskDisposition;
    }

    public String riskTransferTarget() {
        return riskTransferTarget;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestedByName() {
        return requestedByName;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    /** Answers at or after this are too late: the attempt times out. */
    public Instant deadline() {
        return deadline;
    }

    /** When the attempt completed, failed or timed out; null while it is pending. */
    public Instant endedAt() {
        return endedAt;
    }

    /** Why the attempt FAILED or TIMED_OUT; null otherwise. */
    public String failureReason() {
        return failureReason;
    }

    public long version() {
        return version;
    }

    private Optional<ClosureAnswer> answerOf(String participant) {
        return answers.stream().filter(a -> a.participant().equals(participant)).findFirst();
    }

    private List<String> unanswered() {
        return participants.stream().filter(p -> answerOf(p).isEmpty()).toList();
    }

    private void end(ClosureState to, String why, Instant now) {
        state = to;
        failureReason = why;
        endedAt = now;
    }

    private static void checkParticipants(List<String> participants) {
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("A closure needs at least one participant to answer it");
        }
        for (String participant : participants) {
            if (participant == null || participant.isBlank() || participant.contains(",")) {
                throw new IllegalArgumentException("A participant is a service name without commas; got '"
                        + participant + "'");
            }
        }
        if (new HashSet<>(participants).size() != participants.size()) {
            throw new IllegalArgumentException("Each participant is asked once; got " + participants);
        }
    }
}
