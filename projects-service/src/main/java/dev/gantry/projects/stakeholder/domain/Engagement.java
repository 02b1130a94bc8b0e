package dev.gantry.projects.stakeholder.domain;

/** How a stakeholder engages with the project (the PMBOK engagement levels), from least to most. */
public enum Engagement {
    UNAWARE,
    RESISTANT,
    NEUTRAL,
    SUPPORTIVE,
    LEADING
}
