package dev.gantry.reporting.status;

import dev.gantry.reporting.status.domain.ProjectStatus;
import dev.gantry.reporting.status.domain.StatusInputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A project's status report as of a day: its RAG ratings with their reasons and what they rest on. The same document
 * is kept as the day's snapshot, so an "as of" answer is what the report said that day.
 */
@Schema(name = "ProjectStatus", description = "A project's status: RAG ratings with reasons, schedule, milestones,"
        + " earned value at the status date, top risks, over-allocations and open action items")
public record StatusReport(
        UUID projectId,
        String name,
        String type,
        @Schema(description = "The project's lifecycle status (INITIATING, PLANNING, EXECUTING, …, CLOSED)")
        String projectStatus,
        String manager,
        LocalDate startDate,
        @Schema(description = "The project's budget; null without one") Budget budget,
        @Schema(description = "The day the report describes", example = "2027-01-18") LocalDate asOf,
        @Schema(description = "The project's status date as its schedule has it, if one is set")
        LocalDateTime statusDate,
        ProjectStatus.Rating overall,
        ProjectStatus.Rating schedule,
        ProjectStatus.Rating cost,
        ProjectStatus.Rating risk,
        ProjectStatus.Rating resources,
        ScheduleSummary plan,
        Milestones milestones,
        StatusInputs.EarnedValueSummary earnedValue,
        @Schema(description = "The open risks with the highest scores (at most 5)") List<StatusInputs.RiskSummary> topRisks,
        int openRisks,
        List<StatusInputs.OverdueAction> overdueRiskResponses,
        List<StatusInputs.Episode> overAllocations,
        ActionItems actionItems,
        long thresholdsVersion) {

    @Schema(name = "StatusBudget")
    public record Budget(java.math.BigDecimal amount, String currency) {
    }

    @Schema(name = "StatusSchedule", description = "The current schedule against the baseline")
    public record ScheduleSummary(Long version, LocalDateTime start, LocalDateTime finish,
                                  LocalDateTime baselineFinish, Integer finishSlipDays, int tasks,
                                  int slippedTasks, int negativeSlackTasks) {
    }

    @Schema(name = "StatusMilestones", description = "The next five milestones to come and the late ones")
    public record Milestones(List<StatusInputs.TaskSlip> next, List<StatusInputs.TaskSlip> late) {
    }

    @Schema(name = "StatusActionItems", description = "Open action items, the earliest due first (at most 10)")
    public record ActionItems(int open, int overdue, List<Item> items) {
    }

    public record Item(UUID actionItemId, UUID meetingId, String description, String owner, LocalDate dueDate,
                       boolean overdue, UUID taskId) {
    }
}
