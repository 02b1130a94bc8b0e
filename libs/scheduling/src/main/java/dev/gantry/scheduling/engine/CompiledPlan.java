package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.calendar.CalendarTimeline;

/**
 * A plan compiled into int-indexed arrays: task {@code i} is the i-th task of the plan. Times are seconds
 * since the epoch ({@link dev.gantry.scheduling.calendar.Seconds}), {@code Seconds.NONE} when absent.
 * Links are stored once in flat arrays and indexed both ways (compressed sparse rows), so passes over the
 * network touch only primitive arrays.
 */
final class CompiledPlan {

    static final byte FS = 0, SS = 1, FF = 2, SF = 3;
    static final byte LAG_WORKING = 0, LAG_ELAPSED = 1, LAG_PERCENT = 2;

    static final byte ASAP = 0, ALAP = 1, SNET = 2, SNLT = 3, FNET = 4, FNLT = 5, MSO = 6, MFO = 7;

    int taskCount;
    String[] ids;
    long projectStart;

    // hierarchy
    int[] parent;
    boolean[] summary;
    int[] outlineLevel;
    /** Leaf (non-summary) tasks, in plan order. */
    int[] leaves;
    /** For each summary, its leaf descendants: leafDescendantsStart[i]..leafDescendantsStart[i+1] in leafDescendants. */
    int[] leafDescendantsStart;
    int[] leafDescendants;
    /** Task indices ordered children before parents, for roll-up. */
    int[] bottomUp;

    // task data
    /** The task's own calendar (durations of tasks without assignments, lags, slack). */
    CalendarTimeline[] taskCalendar;
    /** Work assignments of resource-driven tasks: assignmentStart[i]..assignmentStart[i+1]. */
    int[] assignmentStart;
    CalendarTimeline[] assignmentCalendar;
    long[] assignmentSpan;
    long[] assignmentRemaining;
    long[] assignmentActual;
    /** Working time between the task's start and each assignment's (its delay), on the assignment's calendar. */
    long[] assignmentDelay;
    long[] duration;
    boolean[] elapsed;
    boolean[] milestone;
    boolean[] manual;
    long[] manualStart;
    long[] manualFinish;
    byte[] constraintType;
    long[] constraintDate;
    long[] deadline;
    long[] actualStart;
    long[] actualFinish;
    long[] actualDuration;
    long[] remainingDuration;
    double[] percentComplete;
    long statusDate;
    /** MS Project's "Split in-progress tasks": a started task's remaining work waits for its unfinished predecessors. */
    boolean splitInProgress;

    // links as given (endpoints may be summaries)
    int linkCount;
    int[] linkPred;
    int[] linkSucc;
    byte[] linkType;
    byte[] lagUnit;
    double[] lagValue;
    /** Whether the task is the predecessor of some link as given (MS Project's "has successors"). */
    boolean[] hasDirectSuccessors;

    /**
     * For each task, the latest start a summary above it imposes ({@code NONE} when none): MS Project schedules the
     * automatic subtasks of a manual summary no earlier than the summary's start, and the tasks under a summary with
     * a Start No Earlier Than constraint no earlier than its date.
     */
    long[] summaryStart;
    /**
     * Manual tasks whose bar starts or ends in non-working time of their calendar: MS Project takes their late start
     * from their duration rather than from the working time between their dates, and their total slack from their
     * finish.
     */
    boolean[] manualOffHours;
    /**
     * Blank rows left out of the roll-up: a manually scheduled leaf task without a name whose summary (or, at the top
     * level, the project) has another task that is not such a row. MS Project rolls its summary, and so the project's
     * span and finish, up from the other tasks; the row keeps its own dates. Null when the plan has none.
     */
    boolean[] leftOutOfRollUp;

    /** Whether leaf task {@code i} counts towards its summary's and the project's dates. */
    boolean countsTowardsFinish(int i) {
        return leftOutOfRollUp == null || !leftOutOfRollUp[i];
    }
    /**
     * Working seconds of pauses (splits) inside a task's bar, added to its duration and remaining duration; null when
     * no task has any.
     */
    long[] split;
    /** Levelling delay per task in seconds (0: none), elapsed or on the task's calendar; null when no task has one. */
    long[] levelingDelay;
    boolean[] levelingDelayElapsed;

    boolean hasSummaryLinks;
    boolean hasAlap;

    boolean started(int i) {
        return actualStart[i] != dev.gantry.scheduling.calendar.Seconds.NONE;
    }

    boolean finished(int i) {
        return actualFinish[i] != dev.gantry.scheduling.calendar.Seconds.NONE;
    }
}
