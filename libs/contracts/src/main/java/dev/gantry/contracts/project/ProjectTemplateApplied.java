package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A new project was given the WBS of a project template. Names the template's risk checklist so that risk
 * management can open the project's risk register with it.
 */
@EventType(value = "dev.gantry.project.template-applied.v1", topic = Topics.PROJECTS)
public record ProjectTemplateApplied(
        UUID projectId,
        String templateCode,
        String riskChecklist,
        String projectType,
        Instant appliedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
