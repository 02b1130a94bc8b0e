package dev.gantry.projects.project.domain;

/** The kinds of IT project Gantry knows. Each will name a template and a risk checklist. */
public enum ProjectType {
    SOFTWARE_DEVELOPMENT,
    NETWORK_ROLLOUT,
    SYSTEM_UPGRADE,
    INFRASTRUCTURE_MIGRATION,
    GENERIC
}
