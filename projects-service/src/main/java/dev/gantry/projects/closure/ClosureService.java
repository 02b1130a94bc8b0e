package dev.gantry.projects.closure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureFailed;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectClosureTimedOut;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.closure.domain.AnswerOutcome;
import dev.gantry.projects.closure.domain.Closure;
import dev.gantry.projects.closure.domain.ClosureAnswer;
import dev.gantry.projects.closure.domain.RiskDisposition;
import dev.gantry.projects.closure.persistence.ClosureAnswerRepository;
import dev.gantry.projects.closure.persistence.ClosureRepository;
import dev.gantry.projects.lifecycle.LifecycleService;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.domain.ProjectStatus;
import dev.gantry.projects.project.persistence.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The closure saga of design §3, flow 5. A request moves the project to CLOSING (from EXECUTING) and publishes
 * ProjectClosureRequested; each participant answers on its own topic; when every answer is COMPLETED the project
 * becomes CLOSED in the transaction that records the last answer. A FAILED answer or the deadline ends the attempt
 * and leaves the project in CLOSING, ready for a new request.
 */
@ApplicationScoped
@Transactional
public class ClosureService {

    private static final Logger LOG = Logger.getLogger(ClosureService.class);
    private static final int TIMEOUT_BATCH = 100;

    /** A closure with its answers and the project's current status and version. */
    public record View(Closure closure, List<ClosureAnswer> answers, ProjectStatus projectStatus,
                       long projectVersion) {
    }

    /** What the caller asked for. {@code disposition} null means CLOSE. */
    public record Command(String reason, RiskDisposition disposition, String riskTransferTarget) {
    }

    /** A participant's answer as received from its event. */
    public record Answer(UUID eventId, UUID projectId, UUID closureId, String participant, AnswerOutcome outcome,
                         String reason, String summary, Map<String, Object> details, Instant answeredAt) {
    }

    /** What became of an answer. */
    public enum Recorded {
        RECORDED, UNKNOWN_CLOSURE, NOT_A_PARTICIPANT, NOT_PENDING, DUPLICATE
    }

    private final ClosureRepository closures;
    private final ClosureAnswerRepository answers;
    private final ProjectRepository projects;
    private final LifecycleService lifecycle;
    private final ProjectAuthorizer authorizer;
    private final CurrentUser user;
    private final EventPublisher events;
    private final ClosureConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    ClosureService(ClosureRepository closures, ClosureAnswerRepository answers, ProjectRepository projects,
                   LifecycleService lifecycle, ProjectAuthorizer authorizer, CurrentUser user, EventPublisher events,
                   ClosureConfig config, ObjectMapper json, Clock clock) {
        this.closures = closures;
        this.answers = answers;
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.authorizer = authorizer;
        this.user = user;
        this.events = events;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public View current(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        Project project = projects.require(projectId);
        Closure closure = closures.latest(projectId).orElseThrow(() -> new GantryException(ProblemType.NOT_FOUND,
                "No closure has been requested for project " + projectId
                        + "; request it with POST /api/projects/" + projectId + "/closure"));
        return new View(closure, answers.of(closure.id), project.status, project.version);
    }

    /**
     * Starts a closure attempt. From EXECUTING the project first moves to CLOSING (ProjectStatusChanged); from CLOSING
     * a new attempt starts when none is pending. Needs If-Match with the project's ETag.
     */
    public View request(UUID projectId, String ifMatch, Command command) {
        authorizer.require(projectId, ProjectPermission.MANAGE);
        Project project = projects.requireForUpdate(projectId);
        ETags.requireMatch(ifMatch, project.version);
        RiskDisposition disposition = command.disposition() == null ? RiskDisposition.CLOSE : command.disposition();
        String target = blankToNull(command.riskTransferTarget());
        String reason = blankToNull(command.reason());
        validate(disposition, target);
        switch (project.status) {
            case EXECUTING -> lifecycle.transition(projectId, ifMatch, ProjectStatus.CLOSING,
                    reason == null ? "Closure requested" : reason);
            case CLOSING -> closures.latest(projectId).filter(Closure::isPending).ifPresent(pending -> {
                throw new ConflictException("A closure of this project is already pending",
                        List.of("Closure " + pending.id + " waits for answers until " + pending.deadline
                                + "; wait for it to complete, fail or time out"));
            });
            default -> throw new ConflictException("Closure cannot be requested for a project in " + project.status,
                    List.of("Closure can be requested for a project in EXECUTING or CLOSING; this one is "
                            + project.status));
        }
        Instant now = clock.instant();
        Closure closure = Closure.request(projectId, reason, disposition, target, ClosureParticipants.ALL,
                user.id(), user.username(), now, now.plus(config.timeout()));
        closures.persistAndFlush(closure);
        events.publish(new ProjectClosureRequested(projectId, closure.id, closure.requestedBy,
                closure.requestedByName, reason, disposition.name(), target, closure.participantList(),
                closure.requestedAt, closure.deadline));
        return new View(closure, List.of(), project.status, project.version);
    }

    /**
     * Records a participant's answer in the caller's (the inbox's) transaction. Answers to an unknown, finished or
     * superseded attempt, and second answers of a participant, are ignored. The last COMPLETED answer closes the
     * project; a FAILED one ends the attempt.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded record(Answer answer) {
        UUID projectId = closures.projectOf(answer.closureId()).orElse(null);
        if (projectId == null || !projectId.equals(answer.projectId())) {
            LOG.warnf("Ignoring %s's answer to closure %s of project %s: no such closure", answer.participant(),
                    answer.closureId(), answer.projectId());
            return Recorded.UNKNOWN_CLOSURE;
        }
        // Lock order: project, then closure (as a request does), so that answers and requests never deadlock.
        Project project = projects.findByIdOptional(projectId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        Closure closure = closures.findByIdOptional(answer.closureId(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (project == null || closure == null) {
            return Recorded.UNKNOWN_CLOSURE;
        }
        if (!closure.expects(answer.participant())) {
            LOG.warnf("Ignoring an answer from %s to closure %s: not a participant", answer.participant(), closure.id);
            return Recorded.NOT_A_PARTICIPANT;
        }
        if (!closure.isPending()) {
            LOG.infof("Ignoring %s's answer to closure %s: the closure is already %s", answer.participant(),
                    closure.id, closure.state);
            return Recorded.NOT_PENDING;
        }
        Instant now = clock.instant();
        List<String> answered = new ArrayList<>(answers.participantsOf(closure.id));
        if (!now.isBefore(closure.deadline)) {
            LOG.infof("Ignoring %s's answer to closure %s: it came after the deadline %s", answer.participant(),
                    closure.id, closure.deadline);
            timeOut(closure, answered, now);
            return Recorded.NOT_PENDING;
        }
        if (answered.contains(answer.participant())) {
            LOG.infof("Ignoring a second answer from %s to closure %s", answer.participant(), closure.id);
            return Recorded.DUPLICATE;
        }
        ClosureAnswer row = new ClosureAnswer();
        row.closureId = closure.id;
        row.participant = answer.participant();
        row.outcome = answer.outcome();
        row.reason = answer.reason();
        row.summary = answer.summary();
        row.details = toJson(answer.details());
        row.eventId = answer.eventId();
        row.answeredAt = answer.answeredAt() == null ? now : answer.answeredAt();
        row.recordedAt = now;
        answers.persistAndFlush(row);

        if (answer.outcome() == AnswerOutcome.FAILED) {
            String why = answer.participant() + ": " + (answer.reason() == null ? "no reason given" : answer.reason());
            closure.fail(why, now);
            events.publish(new ProjectClosureFailed(projectId, closure.id, answer.participant(), why, now));
            return Recorded.RECORDED;
        }
        answered.add(answer.participant());
        if (!closure.everyoneAnswered(answered)) {
            return Recorded.RECORDED;
        }
        if (project.status != ProjectStatus.CLOSING) {
            String why = "The project is " + project.status + "; it was no longer CLOSING when the last answer arrived";
            closure.fail(why, now);
            events.publish(new ProjectClosureFailed(projectId, closure.id, "projects-service", why, now));
            return Recorded.RECORDED;
        }
        closure.complete(now);
        lifecycle.move(project, ProjectStatus.CLOSED,
                "Closure " + closure.id + " completed: " + String.join(", ", answered) + " answered");
        return Recorded.RECORDED;
    }

    /**
     * Ends every pending attempt whose deadline has passed as TIMED_OUT, naming the participants that did not
     * answer, and publishes ProjectClosureTimedOut. Safe with several replicas: rows are locked with SKIP LOCKED.
     */
    public int timeOutExpired() {
        Instant now = clock.instant();
        List<UUID> expired = closures.lockExpired(now, TIMEOUT_BATCH);
        for (UUID id : expired) {
            timeOut(closures.findById(id), answers.participantsOf(id), now);
        }
        return expired.size();
    }

    /** Ends a pending attempt as TIMED_OUT, naming who did not answer, and publishes ProjectClosureTimedOut. */
    private void timeOut(Closure closure, List<String> answered, Instant now) {
        List<String> missing = closure.waitingFor(answered);
        closure.timeOut(missing, now);
        events.publish(new ProjectClosureTimedOut(closure.projectId, closure.id, closure.deadline, missing, now));
        LOG.warnf("Closure %s of project %s timed out waiting for %s", closure.id, closure.projectId, missing);
    }

    private static void validate(RiskDisposition disposition, String target) {
        List<FieldError> errors = new ArrayList<>();
        if (disposition == RiskDisposition.TRANSFER && target == null) {
            errors.add(FieldError.body("/riskTransferTarget",
                    "is required when riskDisposition is TRANSFER: name where the open risks go"));
        }
        if (disposition == RiskDisposition.CLOSE && target != null) {
            errors.add(FieldError.body("/riskTransferTarget",
                    "must be empty when riskDisposition is CLOSE; set riskDisposition to TRANSFER to hand risks over"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private String toJson(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store the answer's details", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
