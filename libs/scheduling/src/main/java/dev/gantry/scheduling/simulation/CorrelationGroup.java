package dev.gantry.scheduling.simulation;

import java.util.List;

/**
 * Tasks whose durations move together: a one-factor Gaussian copula in which the normal scores of every pair of them
 * correlate by {@code correlation} (0 to 1; their rank correlation is then (6/π)·asin(ρ/2), a little less). 1 makes
 * them all draw the same percentile, 0 independent. A task is in one group at the most.
 */
public record CorrelationGroup(List<String> taskIds, double correlation) {

    public CorrelationGroup {
        if (!(correlation >= 0 && correlation <= 1)) {
            throw new IllegalArgumentException("correlation must be from 0 to 1, got " + correlation);
        }
        taskIds = List.copyOf(taskIds);
    }
}
