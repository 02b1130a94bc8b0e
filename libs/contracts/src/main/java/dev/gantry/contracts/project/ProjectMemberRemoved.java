package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** A user is no longer a member of a project. */
@EventType(value = "dev.gantry.project.member-removed.v1", topic = Topics.PROJECTS)
public record ProjectMemberRemoved(
        UUID projectId,
        String userId,
        Instant removedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
