package dev.gantry.contracts.schedule;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.util.UUID;

/**
 * A dependency of a project's network, on the compacted schedules topic under the key {@code <projectId>/link/<linkId>}
 * (a tombstone when it is deleted), in the project's partition. Type FS, SS, FF or SF; lag in WORKING_MINUTES,
 * ELAPSED_MINUTES or PERCENT of the predecessor's duration (negative = lead).
 */
@EventType(value = "dev.gantry.project.schedule-link.v1", topic = Topics.PROJECT_SCHEDULES)
public record ScheduleLink(
        UUID projectId,
        UUID linkId,
        long version,
        UUID predecessorId,
        UUID successorId,
        String type,
        double lag,
        String lagUnit) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }

    @Override
    public String key() {
        return ScheduleKeys.link(projectId, linkId);
    }

    @Override
    public String partitionKey() {
        return projectId.toString();
    }
}
