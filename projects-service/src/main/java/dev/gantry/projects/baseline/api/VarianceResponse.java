package dev.gantry.projects.baseline.api;

import dev.gantry.projects.baseline.domain.VarianceStatus;
import dev.gantry.projects.project.api.MoneyDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Variance", description = "The current schedule against a baseline. Every variance is current minus"
        + " baseline (positive = later, longer, dearer). Start and finish variances are working time on the project"
        + " calendar between the baseline date and the current one; duration variance is the difference of the"
        + " durations; days are working days of 480 minutes (8 hours, MS Project's default). A task's status is judged"
        + " by its finish: ON_TRACK, SLIPPED (later), AHEAD (earlier), ADDED (not in the baseline), REMOVED (deleted"
        + " since). Costs are in the project's budget currency; a summary task's includes its subtasks'.")
public record VarianceResponse(
        UUID projectId,
        UUID baselineId,
        @Schema(example = "Approved plan") String baselineName,
        Totals project,
        List<TaskVariance> tasks) {

    @Schema(name = "ProjectVariance", description = "Task counts are over tasks that are not summaries")
    public record Totals(
            @Schema(example = "2027-03-01T08:00:00") LocalDateTime baselineStart,
            @Schema(example = "2027-03-12T17:00:00") LocalDateTime baselineFinish,
            @Schema(example = "2027-03-01T08:00:00") LocalDateTime start,
            @Schema(example = "2027-03-16T17:00:00") LocalDateTime finish,
            @Schema(example = "0") long startVarianceMinutes,
            @Schema(example = "0") BigDecimal startVarianceDays,
            @Schema(example = "960") long finishVarianceMinutes,
            @Schema(example = "2") BigDecimal finishVarianceDays,
            MoneyDto baselinePlannedCost,
            MoneyDto plannedCost,
            @Schema(description = "plannedCost − baselinePlannedCost", example = "1500.00") BigDecimal costVariance,
            @Schema(example = "3") int onTrackTasks,
            @Schema(example = "2") int slippedTasks,
            @Schema(example = "0") int aheadTasks,
            @Schema(example = "1") int addedTasks,
            @Schema(example = "0") int removedTasks) {
    }

    @Schema(name = "TaskVariance", description = "Baseline fields are null for an ADDED task, current ones for a"
            + " REMOVED task, and variances null for both")
    public record TaskVariance(
            UUID taskId,
            String name,
            String wbs,
            boolean summary,
            boolean milestone,
            VarianceStatus status,
            LocalDateTime baselineStart,
            LocalDateTime baselineFinish,
            Long baselineDurationMinutes,
            BigDecimal baselinePlannedCost,
            LocalDateTime start,
            LocalDateTime finish,
            Long durationMinutes,
            BigDecimal plannedCost,
            @Schema(example = "480") Long startVarianceMinutes,
            @Schema(example = "1") BigDecimal startVarianceDays,
            @Schema(example = "960") Long finishVarianceMinutes,
            @Schema(example = "2") BigDecimal finishVarianceDays,
            @Schema(example = "480") Long durationVarianceMinutes,
            @Schema(example = "1") BigDecimal durationVarianceDays,
            @Schema(example = "1500.00") BigDecimal costVariance) {
    }
}
