package dev.gantry.scheduling.simulation;

import dev.gantry.scheduling.model.ProjectPlan;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A Monte Carlo run over a plan's network, as the engine schedules it (calendars, links, lags, constraints, progress).
 *
 * @param plan          the plan
 * @param durations     per task id, the uncertainty of its duration in working minutes (its total duration; for a
 *                      task in progress, its remaining duration is scaled alike)
 * @param defaultSpread for tasks without an estimate: a triangular distribution from (1 − spread) to (1 + spread)
 *                      times the planned duration, peaking at it; 0 keeps them fixed
 * @param correlations  groups of tasks whose durations move together
 * @param risks         risks as probabilistic events on tasks
 * @param milestones    task ids whose finish is reported as the project's is
 * @param target        a finish to report the probability of meeting (a baseline finish), or null
 * @param iterations    how many times to draw and schedule (1 to 1,000,000)
 * @param seed          the same seed gives the same result, whatever the number of threads
 * @param threads       how many threads (at least 1)
 */
public record SimulationRequest(ProjectPlan plan, Map<String, Distribution> durations, double defaultSpread,
                                List<CorrelationGroup> correlations, List<RiskEvent> risks, List<String> milestones,
                                LocalDateTime target, int iterations, long seed, int threads) {

    public static final int MAX_ITERATIONS = 1_000_000;

    public SimulationRequest {
        durations = Map.copyOf(durations);
        correlations = List.copyOf(correlations);
        risks = List.copyOf(risks);
        milestones = List.copyOf(milestones);
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be from 1 to " + MAX_ITERATIONS + ", got " + iterations);
        }
        if (!(defaultSpread >= 0 && defaultSpread < 1)) {
            throw new IllegalArgumentException("defaultSpread must be from 0 to below 1, got " + defaultSpread);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** A run with the given estimates, ±10 % for the other tasks, nothing correlated, no risks, on every core. */
    public static SimulationRequest of(ProjectPlan plan, Map<String, Distribution> durations, int iterations,
                                       long seed) {
        return new SimulationRequest(plan, durations, 0.1, List.of(), List.of(), List.of(), null, iterations, seed,
                Runtime.getRuntime().availableProcessors());
    }
}
