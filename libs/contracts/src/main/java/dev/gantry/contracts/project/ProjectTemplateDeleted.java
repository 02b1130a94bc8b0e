package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;

/** A project template was deleted; projects created from it keep their WBS. Keyed by the template code. */
@EventType(value = "dev.gantry.project.template-deleted.v1", topic = Topics.PROJECTS)
public record ProjectTemplateDeleted(
        String code,
        Instant deletedAt) implements GantryEvent {

    @Override
    public String subject() {
        return "template:" + code;
    }
}
