package dev.gantry.projects.stakeholder.domain;

/** How the project reaches a stakeholder. */
public enum CommunicationChannel {
    EMAIL,
    MEETING,
    PHONE,
    CHAT,
    STATUS_REPORT,
    WORKSHOP,
    NEWSLETTER,
    OTHER
}
