package dev.gantry.contracts.project;

/** What a member may do on one project. Ordered from most to least privileged. */
public enum ProjectRole {
    /** Manages the project: edits it and its members. */
    MANAGER,
    /** Works on the project: reads it and edits its work (tasks, progress, meetings). */
    MEMBER,
    /** Reads the project only. */
    VIEWER;

    public boolean mayWrite() {
        return this != VIEWER;
    }

    public boolean mayManage() {
        return this == MANAGER;
    }
}
