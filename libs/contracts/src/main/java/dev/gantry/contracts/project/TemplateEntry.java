package dev.gantry.contracts.project;

/**
 * A project template as carried by the template events: what it is and how big its WBS is. The whole definition is
 * at {@code GET /api/projects/templates/{code}}.
 */
public record TemplateEntry(
        String code,
        String name,
        String description,
        String projectType,
        String riskChecklist,
        boolean builtIn,
        int phases,
        int tasks,
        int milestones,
        int dependencies,
        long version) {
}
