package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;

/**
 * A project template was added ({@code created} true) or replaced. Keyed by the template code, so the changes of one
 * template stay in order.
 */
@EventType(value = "dev.gantry.project.template-saved.v1", topic = Topics.PROJECTS)
public record ProjectTemplateSaved(
        TemplateEntry template,
        boolean created,
        Instant savedAt) implements GantryEvent {

    @Override
    public String subject() {
        return "template:" + template.code();
    }
}
