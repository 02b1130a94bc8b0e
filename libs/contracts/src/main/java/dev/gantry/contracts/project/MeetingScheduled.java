package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** A meeting of a project was scheduled; carries when, where and who. */
@EventType(value = "dev.gantry.project.meeting-scheduled.v1", topic = Topics.PROJECTS)
public record MeetingScheduled(
        UUID projectId,
        MeetingInfo meeting,
        Instant scheduledAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
