package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project was created. Carries the whole initial state, including its members (at least the manager), so that
 * consumers can build their replicas from this event alone.
 */
@EventType(value = "dev.gantry.project.created.v1", topic = Topics.PROJECTS)
public record ProjectCreated(
        UUID projectId,
        String name,
        String description,
        String type,
        String status,
        Member manager,
        LocalDate startDate,
        Money budget,
        List<Member> members,
        long version,
        Instant createdAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
