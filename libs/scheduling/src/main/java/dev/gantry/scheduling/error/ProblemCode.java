package dev.gantry.scheduling.error;

/** What is wrong with a plan; stable codes that clients can rely on. */
public enum ProblemCode {
    /** Two tasks share an id. */
    DUPLICATE_TASK_ID,
    /** Two calendars share an id. */
    DUPLICATE_CALENDAR_ID,
    /** A dependency names a task that is not in the plan. */
    MISSING_TASK,
    /** A task's parent is not in the plan. */
    MISSING_PARENT,
    /** The parent chain of a task loops back to itself. */
    PARENT_CYCLE,
    /** Dependencies form a cycle; the problem lists the tasks of the cycle in order. */
    DEPENDENCY_CYCLE,
    /** A task depends on itself. */
    SELF_DEPENDENCY,
    /** A summary task is linked to one of its own subtasks. */
    SUMMARY_LINKED_TO_OWN_SUBTASK,
    /** A duration or amount of work (planned, remaining or actual) is negative, not a number, or beyond some 9,500 years. */
    NEGATIVE_DURATION,
    /** Percent complete outside 0–100. */
    INVALID_PERCENT_COMPLETE,
    /** Actual finish before actual start, or an actual finish without an actual start. */
    INVALID_ACTUAL_DATES,
    /** A constraint other than ASAP/ALAP has no date. */
    MISSING_CONSTRAINT_DATE,
    /** A manually scheduled task has no start or finish. */
    MISSING_MANUAL_DATES,
    /** A task or the plan names a calendar that is not in the plan. */
    MISSING_CALENDAR,
    /** Calendar parents loop. */
    CALENDAR_CYCLE,
    /** A calendar has no working time at all (no working weekday, no working exception). */
    CALENDAR_WITHOUT_WORKING_TIME,
    /** A working period ends before or when it starts. */
    INVALID_WORKING_PERIOD,
    /** The plan has no start date. */
    MISSING_PROJECT_START,
    /** A lag is not a number or beyond some 9,500 years (in minutes) or 10,000 times its predecessor (in percent). */
    LAG_OUT_OF_RANGE
}
