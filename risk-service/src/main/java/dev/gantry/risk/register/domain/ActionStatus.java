package dev.gantry.risk.register.domain;

/** Where one action of a risk's response stands; DONE and CANCELLED are never overdue. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}
