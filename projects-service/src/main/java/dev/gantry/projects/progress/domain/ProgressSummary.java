package dev.gantry.projects.progress.domain;

import dev.gantry.projects.schedule.ProgressRules;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a project is, as of its status date (or now, without one). Counts and percent complete are over the leaf
 * tasks (summary tasks roll up from them). Percent complete is weighted by duration, like MS Project's project
 * summary task: sum(percent complete × duration) / sum(duration); when every leaf task has zero duration (only
 * milestones), it is their plain average.
 */
public record ProgressSummary(
        LocalDateTime statusDate,
        LocalDateTime asOf,
        BigDecimal percentComplete,
        int tasks,
        int notStarted,
        int inProgress,
        int complete,
        List<Late> late,
        List<Milestone> milestones) {

    private static final BigDecimal HUNDRED = ProgressRules.HUNDRED;

    /** A task whose scheduled finish is at or before the as-of date but which is not complete. */
    public record Late(Task task, TaskDates dates) {
    }

    /** A milestone and whether it was reached (100% complete). */
    public record Milestone(Task task, TaskDates dates, boolean reached) {
    }

    /** A task with its computed dates. */
    public record Scheduled(Task task, TaskDates dates) {
    }

    /** The summary of {@code tasks} (in outline order) as of {@code statusDate}, or {@code now} when it is null. */
    public static ProgressSummary of(List<Scheduled> tasks, LocalDateTime statusDate, LocalDateTime now) {
        LocalDateTime asOf = statusDate != null ? statusDate : now;
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal plainSum = BigDecimal.ZERO;
        long totalDuration = 0;
        int leaves = 0;
        int notStarted = 0;
        int inProgress = 0;
        int complete = 0;
        List<Late> late = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        for (Scheduled s : tasks) {
            Task t = s.task();
            TaskDates d = s.dates();
            if (d == null || d.summary) {
                continue;
            }
            leaves++;
            boolean done = t.percentComplete.compareTo(HUNDRED) >= 0 || t.actualFinish != null;
            if (done) {
                complete++;
            } else if (t.actualStart != null || t.percentComplete.signum() > 0) {
                inProgress++;
            } else {
                notStarted++;
            }
            weighted = weighted.add(t.percentComplete.multiply(BigDecimal.valueOf(d.durationMinutes)));
            plainSum = plainSum.add(t.percentComplete);
            totalDuration += d.durationMinutes;
            if (!done && d.finish != null && !d.finish.isAfter(asOf)) {
                late.add(new Late(t, d));
            }
            if (t.milestone) {
                milestones.add(new Milestone(t, d, done));
            }
        }
        BigDecimal percent;
        if (leaves == 0) {
            percent = BigDecimal.ZERO;
        } else if (totalDuration == 0) {
            percent = plainSum.divide(BigDecimal.valueOf(leaves), 2, RoundingMode.HALF_UP);
        } else {
            percent = weighted.divide(BigDecimal.valueOf(totalDuration), 2, RoundingMode.HALF_UP);
        }
        return new ProgressSummary(statusDate, asOf, percent.stripTrailingZeros().scale() < 0
                ? percent.setScale(0, RoundingMode.UNNECESSARY) : percent.stripTrailingZeros(),
                leaves, notStarted, inProgress, complete, List.copyOf(late), List.copyOf(milestones));
    }
}
