package dev.gantry.projects.lifecycle.domain;

/**
 * What the gates look at, gathered from the project, its charter and its members. Criteria that need data Gantry
 * does not hold yet (a schedule baseline) are not represented; they are listed as pending in the documentation.
 */
public record GateFacts(
        boolean charterExists,
        boolean scopeStatement,
        int objectives,
        boolean everyObjectiveHasAKpi,
        boolean sponsor,
        boolean plannedEndDate,
        boolean managerIsMember,
        boolean budget) {
}
