package dev.gantry.projects.closure.domain;

/** Where a closure attempt stands. Only PENDING changes; the other states are final for that attempt. */
public enum ClosureState {
    /** Waiting for the participants' answers until the deadline. */
    PENDING,
    /** Every participant answered COMPLETED; the project is CLOSED. */
    COMPLETED,
    /** A participant answered FAILED (or the project was cancelled meanwhile); the project stays in CLOSING. */
    FAILED,
    /** The deadline passed before every participant answered; the project stays in CLOSING. */
    TIMED_OUT
}
