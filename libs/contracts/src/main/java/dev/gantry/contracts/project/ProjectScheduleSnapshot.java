package dev.gantry.contracts.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The latest task network of a project and its computed schedule, on the compacted schedules topic (key = project
 * id), so that a service can rebuild and re-run the network (Monte Carlo) without asking projects-service. Each
 * snapshot replaces the previous one. Calendars are referenced by id ({@code defaultCalendarId}, a task's
 * {@code calendarId}); durations and slack are working minutes on the task's calendar.
 */
@EventType(value = "dev.gantry.project.schedule-snapshot.v1", topic = Topics.PROJECT_SCHEDULES)
public record ProjectScheduleSnapshot(
        UUID projectId,
        LocalDateTime start,
        LocalDateTime finish,
        UUID defaultCalendarId,
        Instant calculatedAt,
        List<Task> tasks,
        List<Link> links) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }

    /**
     * A task of the network; fields without a value are left out to keep large networks small. {@code plannedCost} is
     * in the project's budget currency.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Task(
            UUID id,
            String name,
            UUID parentId,
            Boolean summary,
            Boolean milestone,
            long durationMinutes,
            UUID calendarId,
            String constraintType,
            LocalDateTime constraintDate,
            Double percentComplete,
            LocalDateTime start,
            LocalDateTime finish,
            long totalSlackMinutes,
            boolean critical,
            BigDecimal plannedCost) {
    }

    /** A dependency: type FS, SS, FF or SF; lag in WORKING_MINUTES, ELAPSED_MINUTES or PERCENT (negative = lead). */
    public record Link(UUID predecessorId, UUID successorId, String type, double lag, String lagUnit) {
    }
}
