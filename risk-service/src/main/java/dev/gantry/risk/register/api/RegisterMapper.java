package dev.gantry.risk.register.api;

import static dev.gantry.platform.text.Texts.blankToNull;

import dev.gantry.risk.register.HeatMapService;
import dev.gantry.risk.register.RiskView;
import dev.gantry.risk.register.domain.ProjectIssue;
import dev.gantry.risk.register.domain.Risk;
import dev.gantry.risk.register.domain.RiskAction;
import dev.gantry.risk.register.domain.RiskCategory;
import dev.gantry.risk.register.domain.RiskDetails;
import dev.gantry.risk.register.domain.RiskLevel;
import dev.gantry.risk.register.domain.RiskMatrix;
import dev.gantry.risk.register.domain.RiskReview;
import dev.gantry.risk.register.domain.ScoreChange;
import dev.gantry.risk.register.domain.StatusChange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class RegisterMapper {

    private RegisterMapper() {
    }

    static RiskDetails toDetails(RiskRequest r) {
        return new RiskDetails(r.title(), blankToNull(r.cause()), blankToNull(r.event()), blankToNull(r.effect()),
                r.category().strip().toUpperCase(java.util.Locale.ROOT), blankToNull(r.owner()), r.proximity(),
                blankToNull(r.trigger()), r.strategy(), r.probability(), r.impact(), r.residualProbability(),
                r.residualImpact(), r.scheduleImpactDays(), r.costImpact(), r.currency(), blankToNull(r.qualityImpact()),
                r.tags(), r.taskIds());
    }

    static RiskDetails toDetails(RiskPatch p) {
        return new RiskDetails(p.title().orElse(null), blankToNull(p.cause().orElse(null)),
                blankToNull(p.event().orElse(null)), blankToNull(p.effect().orElse(null)),
                p.category().map(c -> c.strip().toUpperCase(java.util.Locale.ROOT)).orElse(null),
                blankToNull(p.owner().orElse(null)), p.proximity().orElse(null), blankToNull(p.trigger().orElse(null)),
                p.strategy().orElse(null), p.probability().orElse(null), p.impact().orElse(null),
                p.residualProbability().orElse(null), p.residualImpact().orElse(null),
                p.scheduleImpactDays().orElse(null), p.costImpact().orElse(null), p.currency().orElse(null),
                blankToNull(p.qualityImpact().orElse(null)), p.tags().orElse(null), p.taskIds().orElse(null));
    }

    static RiskResponse toResponse(RiskView view, LocalDate today) {
        Risk r = view.risk();
        RiskMatrix m = view.matrix();
        List<ActionResponse> actions = view.actions().stream().map(a -> toResponse(a, today)).toList();
        int overdue = (int) actions.stream().filter(ActionResponse::overdue).count();
        return new RiskResponse(r.id, r.projectId, r.key(), r.title, r.cause, r.event, r.effect, r.category, r.owner,
                r.status.name(), r.proximity, r.trigger, r.strategy == null ? null : r.strategy.name(),
                score(m, r.probability, r.impact), score(m, r.residualProbability, r.residualImpact),
                r.scheduleImpactDays, r.costImpact, r.currency, m.expectedMonetaryValue(r.probability, r.costImpact),
                r.qualityImpact, List.of(r.tags), List.of(r.taskIds), actions, overdue, r.nextReviewOn,
                r.status.isOpen() && r.nextReviewOn != null && r.nextReviewOn.isBefore(today), r.lastReviewedAt,
                r.issueId, r.signalKind == null ? null : new RiskResponse.Signal(r.signalKind.name(), r.signalSubject,
                        r.signalEpisode, Boolean.TRUE.equals(r.signalActive), r.signalEvidence, r.signalEventId,
                        r.signalUpdatedAt),
                r.createdBy, r.createdAt, r.updatedAt, r.version);
    }

    static ActionResponse toResponse(RiskAction a, LocalDate today) {
        return new ActionResponse(a.id, a.description, a.owner, a.dueOn, a.cost, a.status.name(), a.overdue(today),
                a.createdAt, a.updatedAt, a.version);
    }

    static RiskResponse.Score score(RiskMatrix m, Integer probability, Integer impact) {
        Integer score = m.score(probability, impact);
        RiskLevel level = m.level(score);
        return new RiskResponse.Score(probability, m.probabilityLabel(probability), impact, m.impactLabel(impact),
                score, level == null ? null : level.name());
    }

    static RegisterResponses.ScoreChange toResponse(ScoreChange c, RiskMatrix m) {
        return new RegisterResponses.ScoreChange(c.changedAt, c.changedBy, c.reason, score(m, c.probability, c.impact),
                score(m, c.residualProbability, c.residualImpact), c.scheduleImpactDays, c.costImpact);
    }

    static RegisterResponses.StatusChange toResponse(StatusChange c) {
        return new RegisterResponses.StatusChange(c.changedAt, c.changedBy, c.from == null ? null : c.from.name(),
                c.to.name(), c.reason);
    }

    static RegisterResponses.Review toResponse(RiskReview r) {
        return new RegisterResponses.Review(r.id, r.reviewedAt, r.reviewedBy, r.notes, r.nextReviewOn);
    }

    static RegisterResponses.Issue toResponse(ProjectIssue i) {
        return new RegisterResponses.Issue(i.id, i.projectId, i.key(), i.riskId, i.title, i.description, i.owner,
                i.status.name(), i.resolution, i.raisedBy, i.raisedAt, i.updatedAt, i.version);
    }

    static RegisterResponses.Matrix toResponse(RiskMatrix m) {
        return new RegisterResponses.Matrix(m.version, List.of(m.probabilityLabels), Arrays.asList(m.probabilityPercents),
                List.of(m.impactLabels), m.mediumFrom, m.highFrom, m.criticalFrom, m.changedBy, m.reason, m.changedAt);
    }

    static RegisterResponses.Category toResponse(RiskCategory c) {
        return new RegisterResponses.Category(c.code, c.name, c.standard);
    }

    static RegisterResponses.HeatMap toResponse(HeatMapService.HeatMap h) {
        RiskMatrix m = h.matrix();
        List<List<Integer>> cells = new ArrayList<>();
        for (int[] row : h.cells()) {
            cells.add(Arrays.stream(row).boxed().toList());
        }
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        h.byLevel().forEach((level, count) -> byLevel.put(level.name(), count));
        List<RegisterResponses.TopRisk> top = h.top().stream().map(r -> {
            Integer score = h.residual() ? r.residualScore(m) : r.score(m);
            return new RegisterResponses.TopRisk(r.id, r.projectId, r.key(), r.title, r.category, r.status.name(),
                    r.owner, score, m.level(score).name());
        }).toList();
        List<RegisterResponses.TrendPoint> trend = h.trend().stream().map(p -> {
            Map<String, Integer> levels = new LinkedHashMap<>();
            p.byLevel().forEach((level, count) -> levels.put(level.name(), count));
            return new RegisterResponses.TrendPoint(p.day(), p.open(), levels, p.unscored());
        }).toList();
        return new RegisterResponses.HeatMap(h.residual() ? "RESIDUAL" : "INHERENT", m.version,
                List.of(m.probabilityLabels), List.of(m.impactLabels), cells, byLevel, h.unscored(), h.open(), top,
                trend);
    }

}
