package dev.gantry.projects.stakeholder.domain;

/** A stakeholder is a person or an organisation (a department, a supplier, a regulator). */
public enum StakeholderKind {
    PERSON,
    ORGANISATION
}
