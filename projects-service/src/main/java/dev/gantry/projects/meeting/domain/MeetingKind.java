package dev.gantry.projects.meeting.domain;

/** What a meeting is for. */
public enum MeetingKind {
    KICK_OFF, STATUS, STEERING, REVIEW, RETROSPECTIVE, OTHER
}
