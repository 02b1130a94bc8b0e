package dev.gantry.projects.stakeholder.domain;

/** How often the project reaches a stakeholder. */
public enum CommunicationFrequency {
    DAILY,
    WEEKLY,
    BIWEEKLY,
    MONTHLY,
    QUARTERLY,
    AT_MILESTONES,
    AD_HOC
}
