package dev.gantry.resources.time.domain;

/** Where a time entry is in its approval: submitted, then approved (final) or rejected (changed and resubmitted). */
public enum TimeStatus {
    SUBMITTED, APPROVED, REJECTED
}
