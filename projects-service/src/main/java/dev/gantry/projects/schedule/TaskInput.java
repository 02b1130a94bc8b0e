package dev.gantry.projects.schedule;

import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.WorkContour;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Values of a task; for a change, only the fields named in {@code present} apply (null there clears). The progress
 * fields apply together, named {@code progress}; the constraint type and date together, named {@code constraint}; the
 * levelling delay's length and kind together, named {@code levelingDelay}; new contours of the task's work assignments,
 * in the request's order, named {@code workContours}.
 */
public record TaskInput(Set<String> present, String name, UUID parentId, Long durationMinutes, Boolean milestone,
                        Boolean manual, LocalDateTime manualStart, LocalDateTime manualFinish,
                        ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline,
                        UUID calendarId, LocalDateTime actualStart, LocalDateTime actualFinish,
                        BigDecimal percentComplete, Long remainingMinutes, BigDecimal plannedCost,
                        Long levelingDelayMinutes, Boolean levelingDelayElapsed,
                        List<ContourChange> workContours) {

    /** A new contour for the task's work assignment of one resource. */
    public record ContourChange(String resourceId, WorkContour contour) {
    }

    /** Values without a planned cost or levelling delay (callers that do not set them). */
    public TaskInput(Set<String> present, String name, UUID parentId, Long durationMinutes, Boolean milestone,
                     Boolean manual, LocalDateTime manualStart, LocalDateTime manualFinish,
                     ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline,
                     UUID calendarId, LocalDateTime actualStart, LocalDateTime actualFinish,
                     BigDecimal percentComplete, Long remainingMinutes) {
        this(present, name, parentId, durationMinutes, milestone, manual, manualStart, manualFinish, constraintType,
                constraintDate, deadline, calendarId, actualStart, actualFinish, percentComplete, remainingMinutes,
                null, null, null, null);
    }

    boolean has(String field) {
        return present.contains(field);
    }
}
