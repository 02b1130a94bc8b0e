package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project's charter was created or changed. Carries the whole charter (not a diff) and the charter's own
 * {@code version}, so a consumer overwrites its copy when the version is newer. The budget itself stays on the
 * project ({@link ProjectUpdated}); the charter carries only the contingency reserve.
 */
@EventType(value = "dev.gantry.project.charter-updated.v1", topic = Topics.PROJECTS)
public record ProjectCharterUpdated(
        UUID projectId,
        String scopeStatement,
        List<CharterObjective> objectives,
        List<CharterDeliverable> deliverables,
        List<String> inScope,
        List<String> outOfScope,
        List<String> constraints,
        List<String> assumptions,
        Money contingency,
        Sponsor sponsor,
        String priority,
        LocalDate plannedEndDate,
        long version,
        Instant updatedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
