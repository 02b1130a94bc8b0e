package dev.gantry.contracts.closure;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A closure ended without closing the project because a participant answered FAILED ({@code participant} and its
 * {@code reason}), or the project was cancelled meanwhile ({@code participant} is then projects-service). The project
 * stays in CLOSING; a new closure request retries.
 */
@EventType(value = "dev.gantry.project.closure-failed.v1", topic = Topics.PROJECTS)
public record ProjectClosureFailed(
        UUID projectId,
        UUID closureId,
        String participant,
        String reason,
        Instant failedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
