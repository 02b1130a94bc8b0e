package dev.gantry.risk.register;

import dev.gantry.contracts.risk.RiskAssessed;
import dev.gantry.contracts.risk.RiskRaised;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.risk.register.domain.Risk;
import dev.gantry.risk.register.domain.RiskDetails;
import dev.gantry.risk.register.domain.RiskMatrix;
import dev.gantry.risk.register.domain.RiskStatus;
import dev.gantry.risk.register.domain.ScoreChange;
import dev.gantry.risk.register.domain.Signal;
import dev.gantry.risk.register.domain.StatusChange;
import dev.gantry.risk.register.persistence.MatrixRepository;
import dev.gantry.risk.register.persistence.RiskRecords;
import dev.gantry.risk.register.persistence.RiskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Risks raised from other services' signals, never duplicated: one open risk per (project, signal kind, subject). A
 * repeated signal updates that risk (its episode, evidence and source event) and leaves its assessment to the people
 * who own it; a signal that clears leaves the risk open and due for review today; a risk a person closed is not
 * raised again by the episode it was closed for — only a later episode raises a new one. Runs in the consumer's
 * transaction, which also records the event in the inbox.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AutomaticRisks {

    /** Who the histories name for what the service did on a signal. */
    public static final String RAISED_BY = "gantry";
    private static final Logger LOG = Logger.getLogger(AutomaticRisks.class);

    private final RiskRepository risks;
    private final RiskRecords records;
    private final MatrixRepository matrices;
    private final EventPublisher events;
    private final Clock clock;

    AutomaticRisks(RiskRepository risks, RiskRecords records, MatrixRepository matrices, EventPublisher events,
                   Clock clock) {
        this.risks = risks;
        this.records = records;
        this.matrices = matrices;
        this.events = events;
        this.clock = clock;
    }

    /** Raises the signal's risk, or updates the open one it repeats; returns the risk, empty when none is due. */
    public Optional<Risk> raise(Signal signal) {
        risks.lockRegister(signal.projectId());
        Instant now = clock.instant();
        Optional<Risk> open = risks.openWithSignal(signal.projectId(), signal.kind(), signal.subject());
        if (open.isPresent()) {
            Risk risk = open.get();
            mark(risk, signal, now);
            risk.updatedAt = now;
            risks.flush();
            return open;
        }
        if (risks.closedForEpisode(signal.projectId(), signal.kind(), signal.episodeId())) {
            LOG.debugf("Not raising a %s risk in project %s again: a person closed it for episode %s", signal.kind(),
                    signal.projectId(), signal.episodeId());
            return Optional.empty();
        }
        RiskMatrix matrix = matrices.current();
        RiskDetails details = new RiskDetails(signal.title(), signal.cause(), signal.event(), signal.effect(),
                signal.category(), null, signal.proximity(), null, null,
                Math.min(signal.probability(), matrix.probabilityLevels()),
                Math.min(signal.impact(), matrix.impactLevels()), null, null, signal.scheduleImpactDays(),
                signal.costImpact(), signal.currency(), null, List.of("automatic"), List.of());
        Risk risk = enter(signal.projectId(), details, "Raised automatically from " + signal.kind() + " episode "
                + signal.episodeId(), now, r -> mark(r, signal, now));
        LOG.infof("Raised risk %s in project %s from %s episode %s about %s", risk.key(), risk.projectId,
                signal.kind(), signal.episodeId(), signal.subject());
        return Optional.of(risk);
    }

    /**
     * Enters a risk the service raised itself (from a signal, from a checklist) in the project's register, as
     * {@link #RAISED_BY}: the next key, status IDENTIFIED, its first score-history entry when it comes scored, and
     * RiskRaised (with RiskAssessed when scored), as for a risk a person identifies. The caller holds the register
     * lock; {@code before} completes the risk before it is stored.
     */
    public Risk enter(UUID projectId, RiskDetails details, String reason, Instant now, Consumer<Risk> before) {
        RiskMatrix matrix = matrices.current();
        Risk risk = Risk.identify(projectId, risks.nextNumber(projectId), details, matrix, RAISED_BY, now);
        before.accept(risk);
        risks.persistAndFlush(risk);
        records.add(StatusChange.of(risk.id, null, RiskStatus.IDENTIFIED, RAISED_BY, reason, now));
        Integer score = risk.score(matrix);
        String level = score == null ? null : matrix.level(score).name();
        events.publish(new RiskRaised(risk.projectId, risk.id, risk.key(), risk.title, risk.category, null,
                risk.probability, risk.impact, score, level, RAISED_BY, now));
        if (risk.probability != null || risk.impact != null || risk.scheduleImpactDays != null
                || risk.costImpact != null) {
            records.add(ScoreChange.of(risk, RAISED_BY, reason, now));
            events.publish(new RiskAssessed(risk.projectId, risk.id, risk.key(), risk.title, risk.probability,
                    risk.impact, score, level, null, null, null, null, risk.scheduleImpactDays, risk.costImpact,
                    risk.currency, matrix.expectedMonetaryValue(risk.probability, risk.costImpact), reason, RAISED_BY,
                    now));
        }
        return risk;
    }

    /** The episode's signal has cleared: its open risks stay, marked for review today. */
    public List<Risk> cleared(Signal.Kind kind, UUID episodeId, UUID eventId) {
        Instant now = clock.instant();
        List<Risk> affected = risks.openForEpisode(kind, episodeId);
        for (Risk risk : affected) {
            risk.signalActive = false;
            risk.signalEventId = eventId;
            risk.signalUpdatedAt = now;
            risk.nextReviewOn = LocalDate.ofInstant(now, clock.getZone());
            risk.updatedAt = now;
        }
        risks.flush();
        return affected;
    }

    private static void mark(Risk risk, Signal signal, Instant now) {
        risk.signalKind = signal.kind();
        risk.signalSubject = signal.subject();
        risk.signalEpisode = signal.episodeId();
        risk.signalActive = true;
        risk.signalEvidence = signal.evidence();
        risk.signalEventId = signal.eventId();
        risk.signalUpdatedAt = now;
    }
}
