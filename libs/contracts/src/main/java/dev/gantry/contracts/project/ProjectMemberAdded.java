package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A user became a member of a project, or an existing member's role changed: consumers upsert the membership.
 */
@EventType(value = "dev.gantry.project.member-added.v1", topic = Topics.PROJECTS)
public record ProjectMemberAdded(
        UUID projectId,
        Member member,
        Instant addedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
