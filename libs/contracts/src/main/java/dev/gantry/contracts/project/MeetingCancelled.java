package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** A meeting was cancelled. It stays visible (as cancelled) in the project's calendar feed. */
@EventType(value = "dev.gantry.project.meeting-cancelled.v1", topic = Topics.PROJECTS)
public record MeetingCancelled(
        UUID projectId,
        UUID meetingId,
        String title,
        Instant start,
        String reason,
        long version,
        Instant cancelledAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
