package dev.gantry.projects.meeting.domain;

/** A meeting is scheduled until it is cancelled; cancelled meetings are kept (and shown as cancelled). */
public enum MeetingStatus {
    SCHEDULED, CANCELLED
}
