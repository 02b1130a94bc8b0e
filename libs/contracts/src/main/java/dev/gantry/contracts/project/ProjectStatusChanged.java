package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A project moved from one lifecycle state to another (INITIATING, PLANNING, EXECUTING, CLOSING, CLOSED, ON_HOLD,
 * CANCELLED). {@code version} is the project's new version, comparable with {@link ProjectUpdated#version()}.
 */
@EventType(value = "dev.gantry.project.status-changed.v1", topic = Topics.PROJECTS)
public record ProjectStatusChanged(
        UUID projectId,
        String from,
        String to,
        String reason,
        long version,
        Instant changedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
