package dev.gantry.risk.register.domain;

import dev.gantry.platform.errors.ConflictException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a risk stands. The usual path is IDENTIFIED → ASSESSED → RESPONDING → MONITORING → CLOSED; a risk that
 * happens becomes OCCURRED, which opens an issue in the project's issue log. A closed risk may be reopened into
 * MONITORING.
 */
public enum RiskStatus {
    IDENTIFIED, ASSESSED, RESPONDING, MONITORING, OCCURRED, CLOSED;

    /** The statuses a risk in this one may move to. */
    public Set<RiskStatus> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(ASSESSED, OCCURRED, CLOSED);
            case ASSESSED -> EnumSet.of(RESPONDING, MONITORING, OCCURRED, CLOSED);
            case RESPONDING -> EnumSet.of(MONITORING, OCCURRED, CLOSED);
            case MONITORING -> EnumSet.of(RESPONDING, OCCURRED, CLOSED);
            case OCCURRED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(MONITORING);
        };
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Refuses a move this table does not allow, naming the statuses that can be reached. */
    public void requireMoveTo(RiskStatus target) {
        if (!next().contains(target)) {
            throw new ConflictException("A risk in status " + this + " cannot move to " + target,
                    List.of("From " + this + " a risk can move to " + next()));
        }
    }
}
