package dev.gantry.projects.project.domain;

/** Lifecycle state of a project. A new project is initiating; gates and transitions come with the lifecycle. */
public enum ProjectStatus {
    INITIATING,
    PLANNING,
    EXECUTING,
    CLOSING,
    CLOSED,
    ON_HOLD,
    CANCELLED;

    /** Closed and cancelled projects are final: nothing about them changes any more. */
    public boolean isFinished() {
        return this == CLOSED || this == CANCELLED;
    }
}
