package dev.gantry.scheduling.simulation;

import java.util.List;

/**
 * A risk as a probabilistic event: in each iteration it occurs with {@code probability}, and then adds a draw of
 * {@code impact} (minutes of work) to the duration of each task it hits.
 */
public record RiskEvent(String id, double probability, Distribution impact, List<String> taskIds) {

    public RiskEvent {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be from 0 to 1, got " + probability);
        }
        taskIds = List.copyOf(taskIds);
    }
}
