package dev.gantry.risk.register;

import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.risk.register.domain.Risk;
import dev.gantry.risk.register.domain.RiskLevel;
import dev.gantry.risk.register.domain.RiskMatrix;
import dev.gantry.risk.register.domain.RiskStatus;
import dev.gantry.risk.register.domain.ScoreChange;
import dev.gantry.risk.register.domain.StatusChange;
import dev.gantry.risk.register.persistence.RiskRecords;
import dev.gantry.risk.register.persistence.MatrixRepository;
import dev.gantry.risk.register.persistence.RiskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where the open risks sit on the organisation's matrix: one project's, or every project the caller sees. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HeatMapService {

    /**
     * Counts per cell ({@code cells[p-1][i-1]}), per level, the unscored ones, the highest-scored risks, and the trend:
     * the same counts at the end of each of the last weeks.
     */
    public record HeatMap(RiskMatrix matrix, boolean residual, int[][] cells, Map<RiskLevel, Integer> byLevel,
                          int unscored, int open, List<Risk> top, List<TrendPoint> trend) {
    }

    /** The open risks per level, and the unscored ones, as they stood at the end of a day. */
    public record TrendPoint(LocalDate day, int open, Map<RiskLevel, Integer> byLevel, int unscored) {
    }

    public static final int MAX_WEEKS = 52;

    public static final int TOP = 10;

    private final RiskRepository risks;
    private final RiskRecords records;
    private final MatrixRepository matrices;
    private final RiskAccess access;
    private final Clock clock;

    HeatMapService(RiskRepository risks, RiskRecords records, MatrixRepository matrices, RiskAccess access,
                   Clock clock) {
        this.risks = risks;
        this.records = records;
        this.matrices = matrices;
        this.access = access;
        this.clock = clock;
    }

    /** The project's heat map, with the trend over the last {@code weeks} weeks (0 for none). */
    public HeatMap ofProject(UUID projectId, boolean residual, int weeks) {
        access.require(projectId, ProjectPermission.READ);
        return weeks == 0 ? of(risks.openOfProject(projectId), residual, List.of(), weeks)
                : ofAll(risks.allOf(List.of(projectId)), residual, weeks);
    }

    /** The heat map of every project the caller sees, with the trend over the last {@code weeks} weeks. */
    public HeatMap ofPortfolio(boolean residual, int weeks) {
        Collection<UUID> visible = access.visibleProjects();
        return weeks == 0 ? of(risks.openOf(visible), residual, List.of(), weeks)
                : ofAll(risks.allOf(visible), residual, weeks);
    }

    /** From every risk, closed ones too (the trend needs them), read once. */
    private HeatMap ofAll(List<Risk> all, boolean residual, int weeks) {
        List<Risk> open = all.stream().filter(r -> r.status.isOpen()).toList();
        return of(open, residual, all, weeks);
    }

    private HeatMap of(List<Risk> open, boolean residual, List<Risk> all, int weeks) {
        RiskMatrix matrix = matrices.current();
        int[][] cells = new int[matrix.probabilityLevels()][matrix.impactLevels()];
        Map<RiskLevel, Integer> byLevel = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            byLevel.put(level, 0);
        }
        int unscored = 0;
        for (Risk risk : open) {
            Integer p = residual ? risk.residualProbability : risk.probability;
            Integer i = residual ? risk.residualImpact : risk.impact;
            if (p == null || i == null || p > matrix.probabilityLevels() || i > matrix.impactLevels()) {
                unscored++;
                continue;
            }
            cells[p - 1][i - 1]++;
            byLevel.merge(matrix.level(p * i), 1, Integer::sum);
        }
        Comparator<Risk> byScore = Comparator.comparing(
                (Risk r) -> residual ? r.residualScore(matrix) : r.score(matrix),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        List<Risk> top = open.stream()
                .filter(r -> (residual ? r.residualScore(matrix) : r.score(matrix)) != null)
                .sorted(byScore.reversed().thenComparing(r -> r.createdAt).thenComparing(r -> r.id))
                .limit(TOP).toList();
        return new HeatMap(matrix, residual, cells, byLevel, unscored, open.size(), top,
                trend(all, residual, weeks, matrix));
    }

    /**
     * The open risks per level at the end of today and of the same weekday in each of the {@code weeks} weeks before,
     * oldest first: each risk's status and scores as its histories had them then, levels by the current matrix.
     */
    private List<TrendPoint> trend(List<Risk> all, boolean residual, int weeks, RiskMatrix matrix) {
        if (weeks == 0) {
            return List.of();
        }
        List<UUID> ids = all.stream().map(r -> r.id).toList();
        Map<UUID, List<StatusChange>> statuses = new HashMap<>();
        records.statusHistoryOf(ids).forEach(c -> statuses.computeIfAbsent(c.riskId, k -> new ArrayList<>()).add(c));
        Map<UUID, List<ScoreChange>> scores = new HashMap<>();
        records.scoreHistoryOf(ids).forEach(c -> scores.computeIfAbsent(c.riskId, k -> new ArrayList<>()).add(c));
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<TrendPoint> points = new ArrayList<>();
        for (int w = weeks; w >= 0; w--) {
            LocalDate day = today.minusWeeks(w);
            Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
            Map<RiskLevel, Integer> byLevel = new EnumMap<>(RiskLevel.class);
            for (RiskLevel level : RiskLevel.values()) {
                byLevel.put(level, 0);
            }
            int open = 0;
            int unscored = 0;
            for (Risk risk : all) {
                if (!risk.createdAt.isBefore(end)) {
                    continue;
                }
                RiskStatus status = RiskStatus.IDENTIFIED;
                for (StatusChange change : statuses.getOrDefault(risk.id, List.of())) {
                    if (change.changedAt.isBefore(end)) {
                        status = change.to;
                    }
                }
                if (!status.isOpen()) {
                    continue;
                }
                open++;
                ScoreChange at = null;
                for (ScoreChange change : scores.getOrDefault(risk.id, List.of())) {
                    if (change.changedAt.isBefore(end)) {
                        at = change;
                    }
                }
                Integer p = at == null ? null : residual ? at.residualProbability : at.probability;
                Integer i = at == null ? null : residual ? at.residualImpact : at.impact;
                if (p == null || i == null || p > matrix.probabilityLevels() || i > matrix.impactLevels()) {
                    unscored++;
                } else {
                    byLevel.merge(matrix.level(p * i), 1, Integer::sum);
                }
            }
            points.add(new TrendPoint(day, open, byLevel, unscored));
        }
        return points;
    }
}
