package dev.gantry.scheduling.model;

/** MS Project's eight constraint types. All but ASAP and ALAP need a date. */
public enum ConstraintType {
    AS_SOON_AS_POSSIBLE,
    AS_LATE_AS_POSSIBLE,
    START_NO_EARLIER_THAN,
    START_NO_LATER_THAN,
    FINISH_NO_EARLIER_THAN,
    FINISH_NO_LATER_THAN,
    MUST_START_ON,
    MUST_FINISH_ON;

    public boolean needsDate() {
        return this != AS_SOON_AS_POSSIBLE && this != AS_LATE_AS_POSSIBLE;
    }
}
