package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A scheduled meeting changed (time, place, attendees, attendance, agenda, minutes or decisions); carries the
 * meeting as it now is and the names of the fields that changed.
 */
@EventType(value = "dev.gantry.project.meeting-updated.v1", topic = Topics.PROJECTS)
public record MeetingUpdated(
        UUID projectId,
        MeetingInfo meeting,
        List<String> changedFields,
        Instant updatedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
