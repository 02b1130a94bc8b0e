package dev.gantry.projects.schedule.domain;

import java.util.UUID;

/** The meeting action item a task was created from. */
public record TaskOrigin(UUID meetingId, UUID actionItemId) {
}
