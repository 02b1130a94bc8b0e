package dev.gantry.projects.closure;

import static dev.gantry.platform.text.Texts.blankToNull;

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
import dev.gantry.projects.closure.domain.AnswerEffect;
import dev.gantry.projects.closure.domain.AnswerEffect.Completed;
import dev.gantry.projects.closure.domain.AnswerEffect.Failed;
import dev.gantry.projects.closure.domain.AnswerEffect.Ignored;
import dev.gantry.projects.closure.domain.AnswerEffect.Recorded;
import dev.gantry.projects.closure.domain.AnswerEffect.TimedOut;
import dev.gantry.projects.closure.domain.AnswerOutcome;
import dev.gantry.projects.closure.domain.Closure;
import dev.gantry.projects.closure.domain.ClosureAnswer;
import dev.gantry.projects.closure.domain.ParticipantAnswer;
import dev.gantry.projects.closure.domain.RiskDisposition;
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

    private final ClosureRepository closures;
    private final ProjectRepository projects;
    private final LifecycleService lifecycle;
    private final ProjectAuthorizer authorizer;
    private final CurrentUser user;
    private final EventPublisher events;
    private final ClosureConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    ClosureService(ClosureRepository closures, ProjectRepository projects, LifecycleService lifecycle,
                   ProjectAuthorizer authorizer, CurrentUser user, EventPublisher events, ClosureConfig config,
                   ObjectMapper json, Clock clock) {
        this.closures = closures;
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
        return new View(closure, closure.answers(), project.status, project.version);
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
        disposition.refusal(target).ifPresent(why -> {
            throw new ValidationException(FieldError.body("/riskTransferTarget", why));
        });
        switch (project.status) {
            case EXECUTING -> lifecycle.transition(projectId, ifMatch, ProjectStatus.CLOSING,
                    reason == null ? "Closure requested" : reason);
            case CLOSING -> closures.latest(projectId).filter(Closure::isPending).ifPresent(pending -> {
                throw new ConflictException("A closure of this project is already pending",
                        List.of("Closure " + pending.id() + " waits for answers until " + pending.deadline()
                                + "; wait for it to complete, fail or time out"));
            });
            default -> throw new ConflictException("Closure cannot be requested for a project in " + project.status,
                    List.of("Closure can be requested for a project in EXECUTING or CLOSING; this one is "
                            + project.status));
        }
        Closure closure = Closure.open(projectId, reason, disposition, target, ClosureParticipants.ALL,
                user.id(), user.username(), clock.instant(), config.timeout());
        closures.persistAndFlush(closure);
        events.publish(new ProjectClosureRequested(projectId, closure.id(), closure.requestedBy(),
                closure.requestedByName(), reason, disposition.name(), target, closure.participants(),
                closure.requestedAt(), closure.deadline()));
        return new View(closure, List.of(), project.status, project.version);
    }

    /**
     * Hands a participant's answer to its closure attempt in the caller's (the inbox's) transaction, and carries out
     * what the attempt decides: the last COMPLETED answer closes the project, an attempt that fails or times out is
     * published, an ignored answer is logged with the reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Answer answer) {
        // Lock order: project, then closure (as a request does), so that answers and requests never deadlock.
        Project project = closures.projectOf(answer.closureId())
                .flatMap(id -> projects.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        Closure closure = project == null ? null
                : closures.findByIdOptional(answer.closureId(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (closure == null) {
            LOG.warnf("Ignoring %s's answer to closure %s of project %s: no such closure", answer.participant(),
                    answer.closureId(), answer.projectId());
            return;
        }
        Instant now = clock.instant();
        AnswerEffect effect = closure.accept(participantAnswer(answer), project.status, now);
        if (effect instanceof Ignored ignored) {
            LOG.logf(ignored.cause().isRoutine() ? Logger.Level.INFO : Logger.Level.WARN,
                    "Ignoring %s's answer to closure %s: %s", answer.participant(), closure.id(), ignored.reason());
        } else if (effect instanceof TimedOut timedOut) {
            LOG.infof("Ignoring %s's answer to closure %s: %s", answer.participant(), closure.id(), timedOut.reason());
            announceTimeOut(closure, timedOut.missing(), now);
        } else if (effect instanceof Failed failed) {
            events.publish(new ProjectClosureFailed(closure.projectId(), closure.id(), failed.participant(),
                    failed.reason(), now));
        } else if (effect instanceof Completed completed) {
            lifecycle.move(project, ProjectStatus.CLOSED, completed.projectNote());
        } else if (effect instanceof Recorded recorded) {
            LOG.debugf("Recorded %s's answer to closure %s; waiting for %s", answer.participant(), closure.id(),
                    recorded.awaited());
        }
    }

    /**
     * Ends every pending attempt whose deadline has passed as TIMED_OUT, naming the participants that did not
     * answer, and publishes ProjectClosureTimedOut. Safe with several replicas: rows are locked with SKIP LOCKED.
     */
    public int timeOutExpired() {
        Instant now = clock.instant();
        List<UUID> expired = closures.lockExpired(now, TIMEOUT_BATCH);
        for (UUID id : expired) {
            Closure closure = closures.findById(id);
            announceTimeOut(closure, closure.timeOut(now), now);
        }
        return expired.size();
    }

    private void announceTimeOut(Closure closure, List<String> missing, Instant now) {
        events.publish(new ProjectClosureTimedOut(closure.projectId(), closure.id(), closure.deadline(), missing, now));
        LOG.warnf("Closure %s of project %s timed out waiting for %s", closure.id(), closure.projectId(), missing);
    }

    private ParticipantAnswer participantAnswer(Answer answer) {
        return new ParticipantAnswer(answer.projectId(), answer.participant(), answer.outcome(), answer.reason(),
                answer.summary(), toJson(answer.details()), answer.eventId(), answer.answeredAt());
    }

    private String toJson(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store the answer's details", e);
        }
    }

}
