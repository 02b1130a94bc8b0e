package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stakeholder's entry in a project's register changed; carries the whole entry and the names of the changed fields. */
@EventType(value = "dev.gantry.project.stakeholder-updated.v1", topic = Topics.PROJECTS)
public record StakeholderUpdated(
        UUID projectId,
        StakeholderEntry stakeholder,
        List<String> changedFields,
        Instant updatedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
