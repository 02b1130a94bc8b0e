package dev.gantry.resources.schedule;

import java.util.UUID;

/**
 * A complete new version of a project's computed schedule has arrived, in the current transaction: whatever follows
 * tasks' dates takes them again ({@link ScheduleReplica#taskDates}).
 */
public record ScheduleReceived(UUID projectId, long version) {
}
