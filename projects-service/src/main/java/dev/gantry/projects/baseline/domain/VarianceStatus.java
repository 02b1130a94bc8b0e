package dev.gantry.projects.baseline.domain;

/** How a task compares with the baseline, judged by its finish. */
public enum VarianceStatus {
    /** Finishes when the baseline said. */
    ON_TRACK,
    /** Finishes later than the baseline said. */
    SLIPPED,
    /** Finishes earlier than the baseline said. */
    AHEAD,
    /** Not in the baseline: added since. */
    ADDED,
    /** In the baseline, deleted since. */
    REMOVED
}
