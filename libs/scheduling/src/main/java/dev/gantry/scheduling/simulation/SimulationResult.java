package dev.gantry.scheduling.simulation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a Monte Carlo run found.
 *
 * @param iterations         iterations run
 * @param seed               the seed
 * @param plannedFinish      the project finish without uncertainty (the engine's schedule of the plan)
 * @param finish             the project finish's distribution
 * @param milestones         per milestone id asked for, its finish's distribution
 * @param probabilityOfPlannedFinish the share of iterations finishing on or before the planned finish
 * @param probabilityOfTarget the share finishing on or before the request's target; null without one
 * @param tasks              per task that varies (or a risk hits), in plan order: criticality and sensitivity
 * @param tornado            the tasks whose durations drive the finish most, strongest first (at most 10)
 * @param histogram          the finishes in bins of equal width, with the cumulative share at each bin's end
 */
public record SimulationResult(int iterations, long seed, LocalDateTime plannedFinish, Percentiles finish,
                               Map<String, Percentiles> milestones, double probabilityOfPlannedFinish,
                               Double probabilityOfTarget, List<TaskStatistics> tasks, List<TaskStatistics> tornado,
                               List<Bin> histogram) {

    /** P10 to P95 and the mean of a finish. */
    public record Percentiles(LocalDateTime p10, LocalDateTime p50, LocalDateTime p80, LocalDateTime p90,
                              LocalDateTime p95, LocalDateTime mean, LocalDateTime min, LocalDateTime max) {
    }

    /**
     * A task's part in the finish.
     *
     * @param criticality    the share of iterations in which it was critical (0 to 1)
     * @param sensitivity    the rank correlation of its duration's draw with the project finish (−1 to 1)
     * @param finishWhenLow  the mean project finish over the iterations that drew it in its lowest tenth
     * @param finishWhenHigh the mean project finish over the iterations that drew it in its highest tenth
     */
    public record TaskStatistics(String taskId, double criticality, double sensitivity, LocalDateTime finishWhenLow,
                                 LocalDateTime finishWhenHigh) {
    }

    /** Finishes from {@code from} (included) to {@code to}: how many, and the share finishing by {@code to}. */
    public record Bin(LocalDateTime from, LocalDateTime to, int count, double cumulative) {
    }
}
