package dev.gantry.resources.people.domain;

/** The kinds of work an IT department staffs projects with. */
public enum JobFamily {
    PROJECT_MANAGER,
    BUSINESS_ANALYST,
    SYSTEM_ANALYST,
    ARCHITECT,
    DEVELOPER,
    TESTER,
    DBA,
    NETWORK_ENGINEER,
    SYSTEM_ADMINISTRATOR,
    SECURITY_ENGINEER,
    DEVOPS_ENGINEER,
    SUPPORT_ENGINEER,
    DATA_ENGINEER,
    UX_DESIGNER,
    TECHNICAL_WRITER,
    OTHER
}
