package dev.gantry.contracts.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan imported from a file (MS Project and the other formats MPXJ reads) assigned resources to tasks: each
 * assignment with the task's id in Gantry, the resource's name and email address as the file has them, its units
 * (percent of the resource's time) and work. Published with the import, in pages ({@code page} of {@code pageCount},
 * each with the same {@code importId}) when there are many. resources-service turns an assignment whose resource
 * names one of its people into an allocation to the task, and reports the others as unmatched.
 */
@EventType(value = "dev.gantry.project.assignments-imported.v1", topic = Topics.PROJECTS)
public record AssignmentsImported(
        UUID projectId,
        UUID importId,
        List<Assignment> assignments,
        Instant importedAt,
        int page,
        int pageCount) implements GantryEvent {

    /**
     * One resource on one task; a name or an email address the file does not have is left out. {@code contour} is how
     * the work lies over the assignment's span (MS Project's work contours, as on the schedule's task records; absent
     * when flat) and {@code delayMinutes} the working time between the task's start and the assignment's (absent when
     * it starts with the task).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assignment(UUID taskId, String taskName, String resourceName, String resourceEmail,
                             BigDecimal units, long workMinutes, String contour, Long delayMinutes) {
    }

    public AssignmentsImported {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    @Override
    public String subject() {
        return projectId.toString();
    }
}
