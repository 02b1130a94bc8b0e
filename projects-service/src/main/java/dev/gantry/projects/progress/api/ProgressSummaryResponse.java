package dev.gantry.projects.progress.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "ProgressSummary", description = "How far the project is. Counts and percent complete are over leaf"
        + " tasks (summary tasks roll up from them). percentComplete is weighted by duration, like MS Project's project"
        + " summary task: sum(percentComplete × duration) / sum(duration) over leaf tasks (the plain average when all"
        + " of them have zero duration), rounded to 2 decimals.")
public record ProgressSummaryResponse(
        UUID projectId,
        @Schema(description = "The project's status date; null when none is set", example = "2027-03-05T17:00:00")
        LocalDateTime statusDate,
        @Schema(description = "What 'late' is measured against: the status date, or now (UTC) without one",
                example = "2027-03-05T17:00:00") LocalDateTime asOf,
        @Schema(example = "37.5") BigDecimal percentComplete,
        Counts tasks,
        @Schema(description = "Leaf tasks whose scheduled finish is at or before asOf and that are not complete")
        List<LateTask> lateTasks,
        Milestones milestones,
        @Schema(description = "Version of the project's schedule settings; also the ETag, for If-Match on the status"
                + " date") long version) {

    @Schema(name = "ProgressCounts")
    public record Counts(
            @Schema(example = "12") int total,
            @Schema(example = "7") int notStarted,
            @Schema(example = "3") int inProgress,
            @Schema(example = "2") int complete) {
    }

    @Schema(name = "LateTask")
    public record LateTask(UUID taskId, String name,
                           @Schema(example = "2027-03-04T17:00:00") LocalDateTime finish,
                           @Schema(example = "60") BigDecimal percentComplete) {
    }

    @Schema(name = "MilestoneProgress")
    public record Milestones(@Schema(example = "3") int total, @Schema(example = "1") int reached,
                             List<Milestone> items) {
    }

    @Schema(name = "Milestone")
    public record Milestone(UUID taskId, String name,
                            @Schema(description = "Scheduled date") LocalDateTime finish,
                            boolean reached,
                            @Schema(description = "When it was reached") LocalDateTime actualFinish) {
    }
}
