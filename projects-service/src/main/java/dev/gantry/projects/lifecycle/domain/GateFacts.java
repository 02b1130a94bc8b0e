package dev.gantry.projects.lifecycle.domain;

/**
 * What the gates look at, gathered from the project, its charter, its members and its baselines. Criteria that need
 * data Gantry does not hold yet (deliverable acceptance) are not represented; they are listed as pending in the
 * documentation.
 */
public record GateFacts(
        boolean charterExists,
        boolean scopeStatement,
        int objectives,
        boolean everyObjectiveHasAKpi,
        boolean sponsor,
        boolean plannedEndDate,
        boolean managerIsMember,
        boolean budget,
        boolean baseline) {
}
