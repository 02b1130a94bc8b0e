package dev.gantry.projects.meeting.domain;

public enum ActionItemStatus {
    OPEN, DONE, CANCELLED
}
