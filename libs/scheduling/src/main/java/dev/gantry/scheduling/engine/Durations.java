package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.Seconds;

/**
 * Date arithmetic for tasks and links: working time on a task's calendar, or plain time for elapsed
 * durations and lags; all in seconds.
 */
final class Durations {

    private Durations() {
    }

    /** Which of a task's spans to count. */
    static final int DURATION = 0, REMAINING = 1, ACTUAL = 2;

    /** A span of the task; its duration and what remains of it include the pauses of a split task. */
    private static long amount(CompiledPlan c, int task, int kind) {
        return kind == DURATION ? c.duration[task] + split(c, task)
                : kind == REMAINING ? c.remainingDuration[task] + split(c, task) : c.actualDuration[task];
    }

    /**
     * A span of one assignment. Its delay comes first, counted from the task's start: the duration includes it, and so
     * does what remains of a task not started yet. Of a started task, the work done lies after the delay (so the
     * delay is part of what was done, when some was) and what remains is the assignment's remaining work, which
     * {@link #addSpan} does not resume before the assignment's own work done ends.
     */
    private static long assignmentAmount(CompiledPlan c, int task, int a, int kind) {
        long delay = c.assignmentDelay[a];
        if (kind == DURATION) {
            return delay + c.assignmentSpan[a] + split(c, task);
        }
        if (kind == REMAINING) {
            return (c.started(task) ? 0 : delay) + c.assignmentRemaining[a] + split(c, task);
        }
        return (c.assignmentActual[a] > 0 ? delay : 0) + c.assignmentActual[a];
    }

    /**
     * Where assignment {@code a} of a task adds its span from {@code t}: for what remains of a started task, no earlier
     * than the end of the assignment's delay and work done, counted from the task's actual start.
     */
    private static long assignmentFrom(CompiledPlan c, int task, int a, long t, int kind) {
        if (kind != REMAINING || c.assignmentDelay[a] == 0 || !c.started(task)) {
            return t;
        }
        long ownResume = c.assignmentCalendar[a].addWork(c.actualStart[task], c.assignmentDelay[a] + c.assignmentActual[a]);
        return Math.max(t, ownResume);
    }

    private static long split(CompiledPlan c, int task) {
        return c.split == null ? 0 : c.split[task];
    }

    private static boolean resourceDriven(CompiledPlan c, int task) {
        return c.assignmentStart[task] != c.assignmentStart[task + 1];
    }

    /**
     * {@code t} plus one of the task's spans (finish form). A resource-driven task ends when its last
     * assignment does, each running on its resource's calendar.
     */
    static long addSpan(CompiledPlan c, int task, long t, int kind) {
        if (!resourceDriven(c, task)) {
            long span = amount(c, task, kind);
            return c.elapsed[task] ? t + span : c.taskCalendar[task].addWork(t, span);
        }
        long latest = Long.MIN_VALUE;
        for (int a = c.assignmentStart[task]; a < c.assignmentStart[task + 1]; a++) {
            latest = Math.max(latest, c.assignmentCalendar[a].addWork(assignmentFrom(c, task, a, t, kind),
                    assignmentAmount(c, task, a, kind)));
        }
        return latest;
    }

    /** {@code t} minus one of the task's spans (start form); for a resource-driven task, the earliest assignment start. */
    static long subtractSpan(CompiledPlan c, int task, long t, int kind) {
        if (!resourceDriven(c, task)) {
            long span = amount(c, task, kind);
            return c.elapsed[task] ? t - span : c.taskCalendar[task].addWork(t, -span);
        }
        long earliest = Long.MAX_VALUE;
        for (int a = c.assignmentStart[task]; a < c.assignmentStart[task + 1]; a++) {
            earliest = Math.min(earliest, c.assignmentCalendar[a].addWork(t, -assignmentAmount(c, task, a, kind)));
        }
        return earliest;
    }

    /**
     * The next moment the task can start from {@code t}: the start of the next working period, except
     * that a milestone may sit at the very end of a working period (MS Project keeps it at 17:00). A
     * resource-driven task can start as soon as one of its resources works.
     */
    static long nextWorkStart(CompiledPlan c, int task, long t) {
        if (!resourceDriven(c, task)) {
            return nextWorkStart(c.taskCalendar[task], c.milestone[task], t);
        }
        long earliest = Long.MAX_VALUE;
        for (int a = c.assignmentStart[task]; a < c.assignmentStart[task + 1]; a++) {
            earliest = Math.min(earliest, nextWorkStart(c.assignmentCalendar[a], c.milestone[task], t));
        }
        return earliest;
    }

    private static long nextWorkStart(CalendarTimeline cal, boolean milestone, long t) {
        long next = cal.nextWorkStart(t);
        if (next > t && milestone && cal.previousWorkFinish(t) == t) {
            return t;
        }
        return next;
    }

    /** The end of the working period at or before {@code t} (the latest over a resource-driven task's resources). */
    static long previousWorkFinish(CompiledPlan c, int task, long t) {
        if (!resourceDriven(c, task)) {
            return c.taskCalendar[task].previousWorkFinish(t);
        }
        long latest = Long.MIN_VALUE;
        for (int a = c.assignmentStart[task]; a < c.assignmentStart[task + 1]; a++) {
            latest = Math.max(latest, c.assignmentCalendar[a].previousWorkFinish(t));
        }
        return latest;
    }

    /**
     * Lag of plan link {@code k} in seconds (the plan gives it in minutes); a percent lag is that share of the
     * duration of {@code pred} (the leaf predecessor when a summary link was spread onto leaves).
     */
    static long lag(CompiledPlan c, int k, int pred) {
        double v = c.lagValue[k];
        if (c.lagUnit[k] == CompiledPlan.LAG_PERCENT) {
            return Math.round(c.duration[pred] * v / 100.0);
        }
        return Seconds.ofMinutes(v);
    }

    /** Whether link {@code k}'s lag runs in calendar time rather than working time. */
    static boolean lagIsElapsed(CompiledPlan c, int k, int pred) {
        byte unit = c.lagUnit[k];
        return unit == CompiledPlan.LAG_ELAPSED || (unit == CompiledPlan.LAG_PERCENT && c.elapsed[pred]);
    }

    /** Applies link {@code k}'s lag to {@code t} (forward), on the successor's own calendar. */
    static long addLag(CompiledPlan c, int k, int pred, int succ, long t) {
        if (c.lagValue[k] == 0) {
            return t;
        }
        long lag = lag(c, k, pred);
        if (lagIsElapsed(c, k, pred)) {
            return t + lag;
        }
        return c.taskCalendar[succ].addWork(t, lag);
    }

    /** Removes link {@code k}'s lag from {@code t} (backward), on the successor's own calendar. */
    static long removeLag(CompiledPlan c, int k, int pred, int succ, long t) {
        if (c.lagValue[k] == 0) {
            return t;
        }
        long lag = lag(c, k, pred);
        if (lagIsElapsed(c, k, pred)) {
            return t - lag;
        }
        return c.taskCalendar[succ].addWork(t, -lag);
    }

    /**
     * Working time between two instants on the task's own calendar. MS Project measures slack in working
     * time even for elapsed-duration tasks.
     */
    static long variance(CompiledPlan c, int task, long from, long to) {
        return c.taskCalendar[task].workBetween(from, to);
    }
}
