package dev.gantry.platform.security;

/** What a request wants to do on one project. */
public enum ProjectPermission {
    /** See the project and everything about it. */
    READ,
    /** Change its work: tasks, progress, allocations, risks. */
    WRITE,
    /** Change the project itself and who is on it. */
    MANAGE
}
