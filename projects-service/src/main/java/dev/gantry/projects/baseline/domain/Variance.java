package dev.gantry.projects.baseline.domain;

import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The current schedule against a baseline, as MS Project computes variances: current minus baseline, so a positive
 * variance is later, longer or dearer. Start and finish variances are working time on the project calendar between
 * the baseline date and the current one; duration variance is the difference of the durations. Days are working
 * days of {@value #MINUTES_PER_DAY} minutes (MS Project's default 8 hours per day).
 */
public record Variance(Totals totals, List<TaskVariance> tasks) {

    public static final long MINUTES_PER_DAY = 480;

    /** Working minutes from one date-time to another on the project calendar (negative when {@code to} is earlier). */
    @FunctionalInterface
    public interface WorkingTime {
        long minutesBetween(LocalDateTime from, LocalDateTime to);
    }

    /** A current task with its computed dates and rolled-up planned cost. */
    public record Current(Task task, TaskDates dates, BigDecimal plannedCost) {
    }

    public record TaskVariance(UUID taskId, String name, String wbs, boolean summary, boolean milestone,
                               VarianceStatus status,
                               LocalDateTime baselineStart, LocalDateTime baselineFinish, Long baselineDurationMinutes,
                               BigDecimal baselinePlannedCost,
                               LocalDateTime start, LocalDateTime finish, Long durationMinutes, BigDecimal plannedCost,
                               Long startVarianceMinutes, Long finishVarianceMinutes, Long durationVarianceMinutes,
                               BigDecimal costVariance) {
    }

    public record Totals(LocalDateTime baselineStart, LocalDateTime baselineFinish, LocalDateTime start,
                         LocalDateTime finish, long startVarianceMinutes, long finishVarianceMinutes,
                         BigDecimal baselinePlannedCost, BigDecimal plannedCost, BigDecimal costVariance,
                         int onTrackTasks, int slippedTasks, int aheadTasks, int addedTasks, int removedTasks) {
    }

    /**
     * Compares {@code current} (in outline order) with {@code baselineTasks}. Task counts in the totals are over
     * tasks that are not summaries, so that a slipped task is counted once and not again for each summary above it.
     */
    public static Variance of(Baseline baseline, List<BaselineTask> baselineTasks, List<Current> current,
                              LocalDateTime start, LocalDateTime finish, BigDecimal totalPlannedCost,
                              WorkingTime workingTime) {
        Map<UUID, BaselineTask> baselined = new HashMap<>();
        baselineTasks.forEach(b -> baselined.put(b.taskId, b));
        Set<UUID> present = new HashSet<>();
        List<TaskVariance> tasks = new ArrayList<>();
        int[] counts = new int[VarianceStatus.values().length];
        for (Current c : current) {
            if (c.dates() == null) {
                continue;
            }
            present.add(c.task().id);
            BaselineTask b = baselined.get(c.task().id);
            TaskDates d = c.dates();
            TaskVariance v;
            if (b == null) {
                v = new TaskVariance(c.task().id, c.task().name, d.wbs, d.summary, c.task().milestone,
                        VarianceStatus.ADDED, null, null, null, null, d.start, d.finish, d.durationMinutes,
                        c.plannedCost(), null, null, null, null);
            } else {
                long startVariance = workingTime.minutesBetween(b.start, d.start);
                long finishVariance = workingTime.minutesBetween(b.finish, d.finish);
                VarianceStatus status = finishVariance > 0 ? VarianceStatus.SLIPPED
                        : finishVariance < 0 ? VarianceStatus.AHEAD : VarianceStatus.ON_TRACK;
                v = new TaskVariance(c.task().id, c.task().name, d.wbs, d.summary, c.task().milestone, status,
                        b.start, b.finish, b.durationMinutes, b.plannedCost, d.start, d.finish, d.durationMinutes,
                        c.plannedCost(), startVariance, finishVariance, d.durationMinutes - b.durationMinutes,
                        costVariance(b.plannedCost, c.plannedCost()));
            }
            tasks.add(v);
            if (!v.summary()) {
                counts[v.status().ordinal()]++;
            }
        }
        for (BaselineTask b : baselineTasks) {
            if (present.contains(b.taskId)) {
                continue;
            }
            tasks.add(new TaskVariance(b.taskId, b.name, b.wbs, b.summary, b.milestone, VarianceStatus.REMOVED,
                    b.start, b.finish, b.durationMinutes, b.plannedCost, null, null, null, null, null, null, null,
                    costVariance(b.plannedCost, null)));
            if (!b.summary) {
                counts[VarianceStatus.REMOVED.ordinal()]++;
            }
        }
        Totals totals = new Totals(baseline.start, baseline.finish, start, finish,
                workingTime.minutesBetween(baseline.start, start), workingTime.minutesBetween(baseline.finish, finish),
                baseline.totalPlannedCost, totalPlannedCost, totalPlannedCost.subtract(baseline.totalPlannedCost),
                counts[VarianceStatus.ON_TRACK.ordinal()], counts[VarianceStatus.SLIPPED.ordinal()],
                counts[VarianceStatus.AHEAD.ordinal()], counts[VarianceStatus.ADDED.ordinal()],
                counts[VarianceStatus.REMOVED.ordinal()]);
        return new Variance(totals, List.copyOf(tasks));
    }

    /** Working days of {@value #MINUTES_PER_DAY} minutes, to 2 decimals. */
    public static BigDecimal days(Long minutes) {
        if (minutes == null) {
            return null;
        }
        BigDecimal days = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(MINUTES_PER_DAY), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return days.scale() < 0 ? days.setScale(0, RoundingMode.UNNECESSARY) : days;
    }

    private static BigDecimal costVariance(BigDecimal baseline, BigDecimal current) {
        if (baseline == null && current == null) {
            return null;
        }
        return (current == null ? BigDecimal.ZERO : current).subtract(baseline == null ? BigDecimal.ZERO : baseline);
    }
}
