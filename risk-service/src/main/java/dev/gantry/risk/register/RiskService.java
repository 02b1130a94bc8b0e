package dev.gantry.risk.register;

import dev.gantry.contracts.risk.RiskAssessed;
import dev.gantry.contracts.risk.RiskRaised;
import dev.gantry.contracts.risk.RiskStatusChanged;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.replica.ProjectReplica;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.risk.register.domain.ProjectIssue;
import dev.gantry.risk.register.domain.Risk;
import dev.gantry.risk.register.domain.RiskDetails;
import dev.gantry.risk.register.domain.RiskLevel;
import dev.gantry.risk.register.domain.RiskMatrix;
import dev.gantry.risk.register.domain.RiskReview;
import dev.gantry.risk.register.domain.RiskStatus;
import dev.gantry.risk.register.domain.ScoreChange;
import dev.gantry.risk.register.domain.StatusChange;
import dev.gantry.risk.register.persistence.MatrixRepository;
import dev.gantry.risk.register.persistence.RiskRecords;
import dev.gantry.risk.register.persistence.RiskRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Use cases on a project's risk register. Every change of a risk's scores is kept with who made it and why, every
 * status change likewise, and each is announced on the risks topic (RiskRaised, RiskAssessed, RiskStatusChanged) in
 * the transaction that makes it.
 */
@ApplicationScoped
@Transactional
public class RiskService {

    private final RiskRepository risks;
    private final RiskRecords records;
    private final MatrixRepository matrices;
    private final RiskAccess access;
    private final EventPublisher events;
    private final Clock clock;

    RiskService(RiskRepository risks, RiskRecords records, MatrixRepository matrices, RiskAccess access,
                EventPublisher events, Clock clock) {
        this.risks = risks;
        this.records = records;
        this.matrices = matrices;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<RiskView> list(UUID projectId, RiskRepository.Filter filter, PageRequest page) {
        access.require(projectId, ProjectPermission.READ);
        RiskMatrix matrix = matrices.current();
        PageResponse<Risk> found = page.fetch(risks.ofProject(projectId, filter,
                page.sort() == null ? Sort.by("number") : page.sort()));
        var actions = records.actionsOf(found.items().stream().map(r -> r.id).toList());
        return found.map(r -> new RiskView(r, matrix, actions.getOrDefault(r.id, List.of())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RiskView get(UUID projectId, UUID riskId) {
        access.require(projectId, ProjectPermission.READ);
        return view(find(projectId, riskId));
    }

    public RiskView identify(UUID projectId, RiskDetails details) {
        ProjectReplica project = access.require(projectId, ProjectPermission.WRITE);
        requireOpenProject(project);
        requireCategory(details.category());
        risks.lockRegister(projectId);
        RiskMatrix matrix = matrices.current();
        Instant now = clock.instant();
        Risk risk = Risk.identify(projectId, risks.nextNumber(projectId), details, matrix, access.who(), now);
        risks.persistAndFlush(risk);
        records.add(StatusChange.of(risk.id, null, RiskStatus.IDENTIFIED, access.who(), "Identified", now));
        events.publish(new RiskRaised(projectId, risk.id, risk.key(), risk.title, risk.category, risk.owner,
                risk.probability, risk.impact, risk.score(matrix), name(matrix.level(risk.score(matrix))),
                access.who(), now));
        if (scored(risk)) {
            assessed(risk, matrix, "Scored when identified", now);
        }
        return view(risk);
    }

    /**
     * Changes the named fields. A change of the scores or impacts needs {@code scoreReason}: it is kept in the risk's
     * score history and announced as RiskAssessed.
     */
    public RiskView update(UUID projectId, UUID riskId, String ifMatch, RiskDetails details, Set<String> fields,
                           String scoreReason) {
        access.require(projectId, ProjectPermission.WRITE);
        Risk risk = find(projectId, riskId);
        ETags.requireMatch(ifMatch, risk.version);
        if (fields.contains("category")) {
            requireCategory(details.category());
        }
        RiskMatrix matrix = matrices.current();
        Instant now = clock.instant();
        List<String> changed = risk.change(details, fields, matrix, now);
        boolean rescored = changed.stream().anyMatch(Risk.SCORE_FIELDS::contains);
        if (rescored && (scoreReason == null || scoreReason.isBlank())) {
            throw new ValidationException(FieldError.body("/scoreReason",
                    "say why the scores change (changed: " + String.join(", ", changed.stream()
                            .filter(Risk.SCORE_FIELDS::contains).toList()) + "): it is kept in the score history"));
        }
        risks.flush();
        if (rescored) {
            assessed(risk, matrix, scoreReason.strip(), now);
        }
        return view(risk);
    }

    /** Moves the risk to another status; a risk that occurs opens an issue in the project's issue log. */
    public RiskView transition(UUID projectId, UUID riskId, String ifMatch, RiskStatus to, String reason) {
        access.require(projectId, ProjectPermission.WRITE);
        Risk risk = find(projectId, riskId);
        ETags.requireMatch(ifMatch, risk.version);
        move(risk, to, reason, clock.instant());
        return view(risk);
    }

    /** Removes a risk entered by mistake; one that was assessed or answered is closed instead, so its history stays. */
    public void remove(UUID projectId, UUID riskId, String ifMatch) {
        access.require(projectId, ProjectPermission.WRITE);
        Risk risk = find(projectId, riskId);
        ETags.requireMatch(ifMatch, risk.version);
        if (risk.status != RiskStatus.IDENTIFIED) {
            throw new ConflictException("Risk " + risk.key() + " is " + risk.status + ": only a risk still IDENTIFIED"
                    + " can be removed", List.of("Close it instead: its history stays in the register"));
        }
        risks.delete(risk);
        risks.flush();
        events.publish(new RiskStatusChanged(projectId, risk.id, risk.key(), risk.title, risk.status.name(),
                RiskStatus.CLOSED.name(), "Removed: entered by mistake", null, access.who(), clock.instant()));
    }

    public RiskReview review(UUID projectId, UUID riskId, String notes, LocalDate nextReviewOn) {
        access.require(projectId, ProjectPermission.WRITE);
        Risk risk = find(projectId, riskId);
        Instant now = clock.instant();
        if (nextReviewOn != null && !nextReviewOn.isAfter(LocalDate.ofInstant(now, clock.getZone()))) {
            throw new ValidationException(FieldError.body("/nextReviewOn", "must be after today"));
        }
        RiskReview review = RiskReview.of(risk.id, notes, nextReviewOn, access.who(), now);
        records.add(review);
        risk.lastReviewedAt = now;
        risk.nextReviewOn = nextReviewOn;
        risk.updatedAt = now;
        risks.flush();
        return review;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RiskReview> reviews(UUID projectId, UUID riskId) {
        access.require(projectId, ProjectPermission.READ);
        return records.reviews(find(projectId, riskId).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScoreChange> scoreHistory(UUID projectId, UUID riskId) {
        access.require(projectId, ProjectPermission.READ);
        return records.scoreHistory(find(projectId, riskId).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusChange> statusHistory(UUID projectId, UUID riskId) {
        access.require(projectId, ProjectPermission.READ);
        return records.statusHistory(find(projectId, riskId).id);
    }

    /**
     * A project's closure: every open risk is closed — with the reason naming the transfer target when the risks go
     * to another register — and announced. Returns how many were closed. The caller is the closure's consumer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int closeAllOf(UUID projectId, String reason) {
        Instant now = clock.instant();
        List<Risk> open = risks.openOfProject(projectId);
        for (Risk risk : open) {
            RiskStatus from = risk.status;
            risk.status = RiskStatus.CLOSED;
            risk.updatedAt = now;
            records.add(StatusChange.of(risk.id, from, RiskStatus.CLOSED, "gantry", reason, now));
            events.publish(new RiskStatusChanged(projectId, risk.id, risk.key(), risk.title, from.name(),
                    RiskStatus.CLOSED.name(), reason, null, "gantry", now));
        }
        risks.flush();
        return open.size();
    }

    RiskView view(Risk risk) {
        return new RiskView(risk, matrices.current(), records.actions(risk.id));
    }

    Risk find(UUID projectId, UUID riskId) {
        return risks.findInProject(projectId, riskId).orElseThrow(() -> new NotFoundException("Risk", riskId));
    }

    private void move(Risk risk, RiskStatus to, String reason, Instant now) {
        RiskStatus from = risk.status;
        RiskMatrix matrix = matrices.current();
        risk.moveTo(to, matrix, now);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (to == RiskStatus.OCCURRED) {
            risks.lockRegister(risk.projectId);
            ProjectIssue issue = ProjectIssue.fromRisk(risk, records.nextIssueNumber(risk.projectId), why,
                    access.who(), now);
            records.add(issue);
            risk.issueId = issue.id;
        }
        records.add(StatusChange.of(risk.id, from, to, access.who(), why, now));
        risks.flush();
        events.publish(new RiskStatusChanged(risk.projectId, risk.id, risk.key(), risk.title, from.name(), to.name(),
                why, to == RiskStatus.OCCURRED ? risk.issueId : null, access.who(), now));
    }

    private void assessed(Risk risk, RiskMatrix matrix, String reason, Instant now) {
        records.add(ScoreChange.of(risk, access.who(), reason, now));
        Integer score = risk.score(matrix);
        Integer residual = risk.residualScore(matrix);
        events.publish(new RiskAssessed(risk.projectId, risk.id, risk.key(), risk.title, risk.probability,
                risk.impact, score, name(matrix.level(score)), risk.residualProbability, risk.residualImpact, residual,
                name(matrix.level(residual)), risk.scheduleImpactDays, risk.costImpact, risk.currency,
                matrix.expectedMonetaryValue(risk.probability, risk.costImpact), reason, access.who(), now));
    }

    private static boolean scored(Risk risk) {
        return risk.probability != null || risk.impact != null || risk.residualProbability != null
                || risk.residualImpact != null || risk.scheduleImpactDays != null || risk.costImpact != null;
    }

    private void requireCategory(String code) {
        if (matrices.category(code).isEmpty()) {
            Set<String> codes = new HashSet<>();
            matrices.categories().forEach(c -> codes.add(c.code));
            throw new ValidationException(FieldError.body("/category", "unknown category '" + code + "'; categories: "
                    + String.join(", ", codes.stream().sorted().toList())));
        }
    }

    private static void requireOpenProject(ProjectReplica project) {
        if ("CLOSED".equals(project.status)) {
            throw new ConflictException("Project " + project.projectId + " is closed: its register takes no new risks",
                    List.of("A closed project's risks were settled by its closure"));
        }
    }

    private static String name(RiskLevel level) {
        return level == null ? null : level.name();
    }
}
