package dev.gantry.scheduling.model;

import java.util.Objects;

/** A link between two tasks (either may be a summary task). */
public record Dependency(String predecessorId, String successorId, DependencyType type, Lag lag) {

    public Dependency {
        Objects.requireNonNull(predecessorId, "predecessorId");
        Objects.requireNonNull(successorId, "successorId");
        type = type == null ? DependencyType.FINISH_TO_START : type;
        lag = lag == null ? Lag.NONE : lag;
    }

    public static Dependency finishToStart(String predecessorId, String successorId) {
        return new Dependency(predecessorId, successorId, DependencyType.FINISH_TO_START, Lag.NONE);
    }

    public static Dependency of(String predecessorId, String successorId, DependencyType type, Lag lag) {
        return new Dependency(predecessorId, successorId, type, lag);
    }
}
