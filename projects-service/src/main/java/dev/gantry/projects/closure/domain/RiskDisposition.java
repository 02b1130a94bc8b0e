package dev.gantry.projects.closure.domain;

/** What happens to a closing project's open risks. */
public enum RiskDisposition {
    /** Close every open risk. */
    CLOSE,
    /** Hand every open risk over to a named target (e.g. the operations team's risk register). */
    TRANSFER
}
