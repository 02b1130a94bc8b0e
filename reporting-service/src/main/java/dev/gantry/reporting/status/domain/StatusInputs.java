package dev.gantry.reporting.status.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a project's status is judged from, as the read models hold it on {@code today}. Lists of tasks are the worst
 * first and may be cut short; the counts are whole.
 *
 * @param hasSchedule    whether a computed schedule of the project has arrived
 * @param finish         the project's computed finish; {@code baselineFinish} the current baseline's, if any
 * @param slipped        tasks finishing later than in the baseline, the most slipped first; {@code slippedCount} all
 * @param lateMilestones milestones whose date has passed without being complete, the earliest first;
 *                       {@code lateMilestoneCount} all
 * @param negativeSlack  tasks with negative total slack (a deadline or constraint that cannot be met)
 * @param earnedValue    the figures at the status date; null without a baseline
 * @param openRisks      the project's risks not closed, the highest score first
 * @param overdueActions risk response actions announced overdue, of risks still open
 * @param episodes       open over-allocation episodes with the project among their allocations
 */
public record StatusInputs(
        LocalDate today,
        boolean hasSchedule,
        LocalDateTime finish,
        LocalDateTime baselineFinish,
        List<TaskSlip> slipped,
        int slippedCount,
        List<TaskSlip> lateMilestones,
        int lateMilestoneCount,
        List<TaskSlip> negativeSlack,
        int negativeSlackCount,
        EarnedValueSummary earnedValue,
        List<RiskSummary> openRisks,
        List<OverdueAction> overdueActions,
        List<Episode> episodes) {

    /**
     * A task and how far it is from its plan: {@code slipDays} behind its baseline finish (a late milestone: days since
     * its date), {@code slackDays} its total slack in working days.
     */
    public record TaskSlip(UUID taskId, String name, String wbs, boolean milestone, boolean critical,
                           LocalDateTime finish, LocalDateTime baselineFinish, Integer slipDays,
                           BigDecimal slackDays, BigDecimal percentComplete) {
    }

    public record EarnedValueSummary(LocalDate statusDate, String currency, BigDecimal budgetAtCompletion,
                                     BigDecimal earnedValue, BigDecimal schedulePerformanceIndex,
                                     BigDecimal costPerformanceIndex, BigDecimal estimateAtCompletion) {
    }

    public record RiskSummary(UUID riskId, String riskKey, String title, String status, String level, Integer score,
                              String owner, Integer scheduleImpactDays, BigDecimal expectedMonetaryValue) {
    }

    public record OverdueAction(UUID actionId, UUID riskId, String action, String owner, LocalDate dueOn) {
    }

    public record Episode(UUID episodeId, UUID personId, String personName, LocalDate firstDay, LocalDate lastDay,
                          boolean criticalTask) {
    }
}
