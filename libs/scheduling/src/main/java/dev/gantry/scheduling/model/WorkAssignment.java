package dev.gantry.scheduling.model;

import java.util.Objects;

/**
 * A resource working on a task. MS Project runs a resource-driven task (not fixed-duration) for as long as
 * its assignments take: each assignment lasts work × 100 / units on its resource's calendar — longer when its work
 * follows a contour other than flat ({@link WorkContour#spanFactor()}) — and the task finishes with the last one.
 *
 * @param resourceId           who (for reference only)
 * @param calendarId           the resource's calendar (intersected with the task's own calendar, if any)
 * @param workMinutes          work within the calendar's hours: the assignment's work less any overtime work, which is
 *                             done outside them and takes none of the calendar's time (the MPXJ import subtracts it)
 * @param units                percent of the resource's time, e.g. 100 or 50
 * @param actualWorkMinutes    work done, or null to derive it from the task's progress
 * @param remainingWorkMinutes work left, or null to derive it from the task's progress
 * @param contour              how the work is spread over the span; null means {@link WorkContour#FLAT}
 * @param delayMinutes         working time on the assignment's calendar between the task's start and the assignment's:
 *                             MS Project's assignment Delay plus its Leveling Delay (levelling leaves one resource's part
 *                             of a task later than another's). The task finishes with the last assignment, delay included
 */
public record WorkAssignment(String resourceId, String calendarId, double workMinutes, double units, Double actualWorkMinutes,
                             Double remainingWorkMinutes, WorkContour contour, long delayMinutes) {

    public WorkAssignment {
        Objects.requireNonNull(calendarId, "calendarId");
        contour = contour == null ? WorkContour.FLAT : contour;
        if (!(units > 0)) {
            throw new IllegalArgumentException("units must be positive: " + units);
        }
        if (delayMinutes < 0) {
            throw new IllegalArgumentException("delayMinutes must not be negative: " + delayMinutes);
        }
    }

    /** An assignment that starts with its task. */
    public WorkAssignment(String resourceId, String calendarId, double workMinutes, double units, Double actualWorkMinutes,
                          Double remainingWorkMinutes, WorkContour contour) {
        this(resourceId, calendarId, workMinutes, units, actualWorkMinutes, remainingWorkMinutes, contour, 0);
    }

    /** An assignment whose work is spread evenly (a flat contour) and that starts with its task. */
    public WorkAssignment(String resourceId, String calendarId, double workMinutes, double units, Double actualWorkMinutes,
                          Double remainingWorkMinutes) {
        this(resourceId, calendarId, workMinutes, units, actualWorkMinutes, remainingWorkMinutes, WorkContour.FLAT, 0);
    }

    /** The same assignment with its work spread along another contour. */
    public WorkAssignment withContour(WorkContour newContour) {
        return new WorkAssignment(resourceId, calendarId, workMinutes, units, actualWorkMinutes, remainingWorkMinutes,
                newContour, delayMinutes);
    }

    /** Time the assignment takes in minutes: its work spread at its units, stretched by its contour. */
    public double spanMinutes() {
        return workMinutes * 100.0 / units * contour.spanFactor();
    }
}
