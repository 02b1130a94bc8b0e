package dev.gantry.resources.people.domain;

/** Whether an absence is only planned or approved; both reduce the person's capacity. */
public enum AbsenceStatus {
    PLANNED,
    APPROVED
}
