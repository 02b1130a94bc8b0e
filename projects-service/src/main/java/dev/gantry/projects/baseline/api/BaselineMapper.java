package dev.gantry.projects.baseline.api;

import dev.gantry.projects.baseline.BaselineService;
import dev.gantry.projects.baseline.domain.Baseline;
import dev.gantry.projects.baseline.domain.Variance;
import dev.gantry.projects.project.api.MoneyDto;

import java.math.BigDecimal;
import java.util.List;

/** Maps baselines and variances to the API's records. */
final class BaselineMapper {

    private BaselineMapper() {
    }

    static BaselineResponse toResponse(Baseline b, List<BaselineTaskResponse> tasks) {
        return new BaselineResponse(b.id, b.projectId, b.name, b.description, b.start, b.finish,
                money(b.totalPlannedCost, b.currency), b.taskCount, b.createdAt, b.createdBy, b.version, tasks);
    }

    static BaselineResponse toResponse(BaselineService.BaselineView view) {
        return toResponse(view.baseline(), view.tasks().stream()
                .map(t -> new BaselineTaskResponse(t.taskId, t.parentId, t.name, t.wbs, t.summary, t.milestone, t.start,
                        t.finish, t.durationMinutes, t.plannedCost))
                .toList());
    }

    static VarianceResponse toResponse(Baseline baseline, String currency, Variance variance) {
        Variance.Totals t = variance.totals();
        VarianceResponse.Totals totals = new VarianceResponse.Totals(t.baselineStart(), t.baselineFinish(), t.start(),
                t.finish(), t.startVarianceMinutes(), Variance.days(t.startVarianceMinutes()),
                t.finishVarianceMinutes(), Variance.days(t.finishVarianceMinutes()),
                money(t.baselinePlannedCost(), baseline.currency), money(t.plannedCost(), currency), t.costVariance(),
                t.onTrackTasks(), t.slippedTasks(), t.aheadTasks(), t.addedTasks(), t.removedTasks());
        List<VarianceResponse.TaskVariance> tasks = variance.tasks().stream()
                .map(v -> new VarianceResponse.TaskVariance(v.taskId(), v.name(), v.wbs(), v.summary(), v.milestone(),
                        v.status(), v.baselineStart(), v.baselineFinish(), v.baselineDurationMinutes(),
                        v.baselinePlannedCost(), v.start(), v.finish(), v.durationMinutes(), v.plannedCost(),
                        v.startVarianceMinutes(), Variance.days(v.startVarianceMinutes()), v.finishVarianceMinutes(),
                        Variance.days(v.finishVarianceMinutes()), v.durationVarianceMinutes(),
                        Variance.days(v.durationVarianceMinutes()), v.costVariance()))
                .toList();
        return new VarianceResponse(baseline.projectId, baseline.id, baseline.name, totals, tasks);
    }

    private static MoneyDto money(BigDecimal amount, String currency) {
        return new MoneyDto(amount, currency);
    }
}
