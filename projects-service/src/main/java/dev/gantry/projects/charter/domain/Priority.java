package dev.gantry.projects.charter.domain;

/** How a project ranks against the others of the portfolio. */
public enum Priority {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
