package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.calendar.CalendarTimeline;

/**
 * Date arithmetic for tasks and links: working time on a task's calendar, or plain minutes for elapsed
 * durations and lags.
 */
final class Durations {

    private Durations() {
    }

    /** {@code t} plus an amount of the task's duration unit; finish form for positive amounts. */
    static long addDuration(CompiledPlan c, int task, long t, long minutes) {
        return c.elapsed[task] ? t + minutes : c.calendar[task].addWork(t, minutes);
    }

    /** {@code t} minus an amount of the task's duration unit; start form. */
    static long subtractDuration(CompiledPlan c, int task, long t, long minutes) {
        return c.elapsed[task] ? t - minutes : c.calendar[task].addWork(t, -minutes);
    }

    /**
     * The next moment the task can start from {@code t}: the start of the next working period, except
     * that a milestone may sit at the very end of a working period (MS Project keeps it at 17:00).
     */
    static long nextWorkStart(CompiledPlan c, int task, long t) {
        CalendarTimeline cal = c.calendar[task];
        long next = cal.nextWorkStart(t);
        if (next > t && c.milestone[task] && cal.previousWorkFinish(t) == t) {
            return t;
        }
        return next;
    }

    /**
     * Lag of plan link {@code k} in minutes; a percent lag is that share of the duration of {@code pred}
     * (the leaf predecessor when a summary link was spread onto leaves).
     */
    static long lagMinutes(CompiledPlan c, int k, int pred) {
        double v = c.lagValue[k];
        if (c.lagUnit[k] == CompiledPlan.LAG_PERCENT) {
            return Math.round(c.duration[pred] * v / 100.0);
        }
        return Math.round(v);
    }

    /** Whether link {@code k}'s lag runs in calendar time rather than working time. */
    static boolean lagIsElapsed(CompiledPlan c, int k, int pred) {
        byte unit = c.lagUnit[k];
        return unit == CompiledPlan.LAG_ELAPSED || (unit == CompiledPlan.LAG_PERCENT && c.elapsed[pred]);
    }

    /** Applies link {@code k}'s lag to {@code t} (forward), on the successor's calendar. */
    static long addLag(CompiledPlan c, int k, int pred, int succ, long t) {
        if (c.lagValue[k] == 0) {
            return t;
        }
        long lag = lagMinutes(c, k, pred);
        if (lagIsElapsed(c, k, pred)) {
            return t + lag;
        }
        return c.calendar[succ].addWork(t, lag);
    }

    /** Removes link {@code k}'s lag from {@code t} (backward), on the successor's calendar. */
    static long removeLag(CompiledPlan c, int k, int pred, int succ, long t) {
        if (c.lagValue[k] == 0) {
            return t;
        }
        long lag = lagMinutes(c, k, pred);
        if (lagIsElapsed(c, k, pred)) {
            return t - lag;
        }
        return c.calendar[succ].addWork(t, -lag);
    }

    /** Time between two instants in the task's duration unit (working or elapsed minutes). */
    static long variance(CompiledPlan c, int task, long from, long to) {
        return c.elapsed[task] ? to - from : c.calendar[task].workBetween(from, to);
    }
}
