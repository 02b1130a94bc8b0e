package dev.gantry.projects.meeting.domain;

/** Whether an invited person came: INVITED until someone records ATTENDED or ABSENT. */
public enum Attendance {
    INVITED, ATTENDED, ABSENT
}
