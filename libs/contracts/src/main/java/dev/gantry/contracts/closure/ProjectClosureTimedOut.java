package dev.gantry.contracts.closure;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A closure reached its deadline before every participant answered; {@code missing} names those that did not. The
 * project stays in CLOSING and later answers for this closure are ignored; a new closure request retries.
 */
@EventType(value = "dev.gantry.project.closure-timed-out.v1", topic = Topics.PROJECTS)
public record ProjectClosureTimedOut(
        UUID projectId,
        UUID closureId,
        Instant deadline,
        List<String> missing,
        Instant timedOutAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
