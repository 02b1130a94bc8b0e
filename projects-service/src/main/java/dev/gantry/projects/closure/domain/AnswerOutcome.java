package dev.gantry.projects.closure.domain;

/** A participant's answer to a closure request. */
public enum AnswerOutcome {
    COMPLETED,
    FAILED
}
