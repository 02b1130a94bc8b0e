package dev.gantry.risk.register.domain;

/** Where an issue of the project's issue log stands. */
public enum IssueStatus {
    OPEN, RESOLVED
}
