package dev.gantry.risk.register;

import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.risk.register.domain.Risk;
import dev.gantry.risk.register.domain.RiskLevel;
import dev.gantry.risk.register.domain.RiskMatrix;
import dev.gantry.risk.register.persistence.MatrixRepository;
import dev.gantry.risk.register.persistence.RiskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where the open risks sit on the organisation's matrix: one project's, or every project the caller sees. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HeatMapService {

    /** Counts per cell ({@code cells[p-1][i-1]}), per level, the unscored ones, and the highest-scored risks. */
    public record HeatMap(RiskMatrix matrix, boolean residual, int[][] cells, Map<RiskLevel, Integer> byLevel,
                          int unscored, int open, List<Risk> top) {
    }

    public static final int TOP = 10;

    private final RiskRepository risks;
    private final MatrixRepository matrices;
    private final RiskAccess access;

    HeatMapService(RiskRepository risks, MatrixRepository matrices, RiskAccess access) {
        this.risks = risks;
        this.matrices = matrices;
        this.access = access;
    }

    public HeatMap ofProject(UUID projectId, boolean residual) {
        access.require(projectId, ProjectPermission.READ);
        return of(risks.openOfProject(projectId), residual);
    }

    public HeatMap ofPortfolio(boolean residual) {
        Collection<UUID> visible = access.visibleProjects();
        return of(risks.openOf(visible), residual);
    }

    private HeatMap of(List<Risk> open, boolean residual) {
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
        return new HeatMap(matrix, residual, cells, byLevel, unscored, open.size(), top);
    }
}
