package dev.gantry.projects.lifecycle.domain;

/** Why a transition exists. */
public enum TransitionKind {
    /** Forward through a gate: INITIATING → PLANNING → EXECUTING → CLOSING. */
    GATE,
    /** Pause a project in planning or execution. */
    HOLD,
    /** Continue an on-hold project where it was. */
    RESUME,
    /** Stop a project for good. */
    CANCEL,
    /** CLOSING → CLOSED, reserved for the closure process. */
    CLOSURE
}
