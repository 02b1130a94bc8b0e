package dev.gantry.scheduling.engine;

import static dev.gantry.scheduling.calendar.Seconds.NONE;

import dev.gantry.scheduling.calendar.CalendarTimeline;

/**
 * Final per-task values after the passes: scheduled dates, summary roll-up, slack and criticality.
 */
final class Outcome {

    final CompiledPlan c;
    final long[] es;
    final long[] ef;
    final long[] ls;
    final long[] lf;
    final long[] start;
    final long[] finish;
    final long[] totalSlack;
    final long[] freeSlack;
    final long[] summaryDuration;
    final boolean[] critical;
    final long[] rolledActualStart;
    private final CalendarTimeline[] calendar;

    private final LinkGraph planLinks;

    private final long[] linkDrivenStart;
    private final long[] linkDrivenFinish;

    Outcome(CompiledPlan c, CriticalPathPasses passes, LinkGraph planLinks) {
        this.planLinks = planLinks;
        this.linkDrivenStart = passes.linkDrivenStart;
        this.linkDrivenFinish = passes.linkDrivenFinish;
        this.c = c;
        this.es = passes.es;
        this.ef = passes.ef;
        this.ls = passes.ls;
        this.lf = passes.lf;
        int n = c.taskCount;
        start = new long[n];
        finish = new long[n];
        totalSlack = new long[n];
        freeSlack = new long[n];
        summaryDuration = new long[n];
        critical = new boolean[n];
        rolledActualStart = c.actualStart.clone();
        calendar = c.taskCalendar;
        for (int leaf : c.leaves) {
            scheduleDates(leaf);
            totalSlack(leaf);
            critical[leaf] = !c.finished(leaf) && c.percentComplete[leaf] < 100 && totalSlack[leaf] <= 0 && !c.manual[leaf];
        }
        rollUp();
        for (int leaf : c.leaves) {
            freeSlack(leaf);
        }
        for (int i = 0; i < n; i++) {
            if (c.summary[i]) {
                freeSlack[i] = Math.max(0, totalSlack[i]);
            }
        }
    }

    boolean alap(int i) {
        return c.constraintType[i] == CompiledPlan.ALAP;
    }

    private void scheduleDates(int i) {
        if (c.manual[i]) {
            start[i] = c.manualStart[i];
            finish[i] = c.manualFinish[i];
            return;
        }
        start[i] = c.started(i) ? c.actualStart[i] : alap(i) ? ls[i] : es[i];
        finish[i] = c.finished(i) ? c.actualFinish[i] : alap(i) ? lf[i] : ef[i];
    }

    /**
     * MS Project: the smaller of start slack and finish slack; finish slack only once the task has started, and for a
     * manual task whose bar starts or ends in non-working time.
     * A task its own constraint pulled earlier than its links allow is measured from the link-driven dates.
     */
    private void totalSlack(int i) {
        boolean leaf = !c.summary[i];
        long early = leaf && linkDrivenStart[i] != NONE ? linkDrivenStart[i] : es[i];
        long earlyFinish = leaf && linkDrivenFinish[i] != NONE ? linkDrivenFinish[i] : ef[i];
        long finishSlack = Durations.variance(c, i, earlyFinish, lf[i]);
        if (rolledActualStart[i] != NONE || (leaf && c.manualOffHours[i])) {
            totalSlack[i] = finishSlack;
        } else {
            totalSlack[i] = Math.min(Durations.variance(c, i, early, ls[i]), finishSlack);
        }
    }

    /**
     * Summaries take the earliest start and latest finish of their subtasks (an ALAP subtask contributes
     * its late dates as early dates, a manual subtask its own dates as late dates), and are critical when a
     * subtask is. A blank row left out of the roll-up ({@link CompiledPlan#leftOutOfRollUp}) contributes nothing.
     */
    private void rollUp() {
        int n = c.taskCount;
        long[] actualFinishMax = new long[n];
        int[] unfinishedChildren = new int[n];
        boolean[] initialised = new boolean[n];
        java.util.Arrays.fill(actualFinishMax, NONE);
        for (int i : c.bottomUp) {
            if (c.summary[i]) {
                summaryDuration[i] = calendar[i].workBetween(start[i], finish[i]);
                totalSlack(i);
            }
            int p = c.parent[i];
            if (p < 0 || !c.countsTowardsFinish(i)) {
                continue;
            }
            long childEs = alap(i) && !c.summary[i] ? ls[i] : es[i];
            long childEf = alap(i) && !c.summary[i] ? lf[i] : ef[i];
            long childLs = c.manual[i] ? es[i] : ls[i];
            long childLf = c.manual[i] ? ef[i] : lf[i];
            long childActualFinish = c.summary[i] ? (unfinishedChildren[i] == 0 ? actualFinishMax[i] : NONE) : c.actualFinish[i];
            if (!initialised[p]) {
                initialised[p] = true;
                start[p] = start[i];
                finish[p] = finish[i];
                es[p] = childEs;
                ef[p] = childEf;
                ls[p] = childLs;
                lf[p] = childLf;
                rolledActualStart[p] = rolledActualStart[i];
            } else {
                start[p] = Math.min(start[p], start[i]);
                finish[p] = Math.max(finish[p], finish[i]);
                es[p] = Math.min(es[p], childEs);
                ef[p] = Math.max(ef[p], childEf);
                ls[p] = Math.min(ls[p], childLs);
                lf[p] = Math.max(lf[p], childLf);
                rolledActualStart[p] = minIgnoringNone(rolledActualStart[p], rolledActualStart[i]);
            }
            if (childActualFinish == NONE) {
                unfinishedChildren[p]++;
            } else {
                actualFinishMax[p] = Math.max(actualFinishMax[p], childActualFinish);
            }
            critical[p] |= critical[i];
        }
    }

    private static long minIgnoringNone(long a, long b) {
        if (a == NONE) {
            return b;
        }
        if (b == NONE) {
            return a;
        }
        return Math.min(a, b);
    }

    /**
     * Free slack: how far the task can slip before it moves any successor — the smallest gap, less lag,
     * between this task's driving date and each unfinished successor's driven date; with no successors,
     * its total slack. Never negative; zero once complete.
     */
    private void freeSlack(int i) {
        if (c.finished(i)) {
            freeSlack[i] = 0;
            return;
        }
        long best = Long.MAX_VALUE;
        for (int e = planLinks.outStart[i]; e < planLinks.outStart[i + 1]; e++) {
            int k = planLinks.source[planLinks.outLinks[e]];
            if (c.finished(c.linkSucc[k])) {
                continue;
            }
            best = Math.min(best, linkFreeSlack(k));
        }
        freeSlack[i] = Math.max(0, best == Long.MAX_VALUE ? totalSlack[i] : best);
    }

    private long linkFreeSlack(int k) {
        int p = c.linkPred[k];
        int s = c.linkSucc[k];
        boolean succAlap = alap(s) && !c.summary[s];
        long from = switch (c.linkType[k]) {
            case CompiledPlan.FS, CompiledPlan.FF -> alap(p) ? lf[p] : ef[p];
            default -> alap(p) ? ls[p] : es[p];
        };
        long to = switch (c.linkType[k]) {
            case CompiledPlan.FS, CompiledPlan.SS -> succAlap ? ls[s] : es[s];
            default -> succAlap ? lf[s] : ef[s];
        };
        long lag = Durations.lag(c, k, p);
        if (Durations.lagIsElapsed(c, k, p)) {
            return Durations.variance(c, p, from + lag, to);
        }
        return Durations.variance(c, p, from, to) - lag;
    }
}
