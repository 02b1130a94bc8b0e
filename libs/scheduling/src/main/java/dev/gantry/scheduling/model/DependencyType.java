package dev.gantry.scheduling.model;

/** Link types: which end of the predecessor drives which end of the successor. */
public enum DependencyType {
    FINISH_TO_START, START_TO_START, FINISH_TO_FINISH, START_TO_FINISH
}
