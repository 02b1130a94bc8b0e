package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.calendar.CalendarTimeline;

import static dev.gantry.scheduling.calendar.Seconds.NONE;
import static dev.gantry.scheduling.engine.CompiledPlan.ALAP;
import static dev.gantry.scheduling.engine.CompiledPlan.FNET;
import static dev.gantry.scheduling.engine.CompiledPlan.FNLT;
import static dev.gantry.scheduling.engine.CompiledPlan.FS;
import static dev.gantry.scheduling.engine.CompiledPlan.FF;
import static dev.gantry.scheduling.engine.CompiledPlan.MFO;
import static dev.gantry.scheduling.engine.CompiledPlan.MSO;
import static dev.gantry.scheduling.engine.CompiledPlan.SNET;
import static dev.gantry.scheduling.engine.CompiledPlan.SNLT;
import static dev.gantry.scheduling.engine.CompiledPlan.SS;

/**
 * The forward and backward passes of the critical path method over leaf tasks in topological order,
 * following MS Project's rules:
 * <ul>
 * <li>a task without predecessors starts at the project start (or its SNET/FNET date); with predecessors,
 *     at the latest date its links allow, moved to the next working time; then its constraint applies and
 *     wins over links (which is what produces negative slack);</li>
 * <li>an in-progress task starts at its actual start; a complete task keeps its actual dates;</li>
 * <li>lags count on the successor's calendar; FF links subtract the successor's remaining duration, SF
 *     links its duration;</li>
 * <li>late finishes come from successors' late dates, the project finish, MSO/MFO/SNLT/FNLT constraints
 *     and deadlines, then move back to the end of the previous working period;</li>
 * <li>ALAP tasks: after the backward pass, a second forward pass lets a non-ALAP successor of an ALAP task
 *     follow that task's late dates.</li>
 * </ul>
 * Purely iterative: a single loop over the order, no recursion, so chain length does not matter.
 */
final class CriticalPathPasses {

    private final CompiledPlan c;
    final long[] es;
    final long[] ef;
    final long[] ls;
    final long[] lf;
    /**
     * Where the links alone would have put the task, when its own constraint (MSO, MFO, SNLT, FNLT) pulled
     * it earlier; {@code NONE} otherwise. MS Project keeps the constraint date as the early date but
     * measures the task's slack from this date, so the conflict shows as negative slack on the task itself.
     */
    final long[] linkDrivenStart;
    final long[] linkDrivenFinish;
    /** Late start computed from the late finish, before an actual start overrides it (used by FS links). */
    private final long[] calculatedLateStart;
    /**
     * Where a started task's remaining work resumes when its unfinished predecessors held it back (split in-progress
     * tasks); {@code NONE} when it resumes right after the work done. Null when the plan does not split.
     */
    private final long[] heldResume;
    private LinkGraph graph;
    private int[] order;
    private boolean alapPhase;
    long projectFinish = NONE;

    CriticalPathPasses(CompiledPlan c) {
        this.c = c;
        int n = c.taskCount;
        es = new long[n];
        ef = new long[n];
        ls = new long[n];
        lf = new long[n];
        calculatedLateStart = new long[n];
        linkDrivenStart = new long[n];
        linkDrivenFinish = new long[n];
        java.util.Arrays.fill(linkDrivenStart, NONE);
        java.util.Arrays.fill(linkDrivenFinish, NONE);
        java.util.Arrays.fill(es, NONE);
        java.util.Arrays.fill(ef, NONE);
        java.util.Arrays.fill(ls, NONE);
        java.util.Arrays.fill(lf, NONE);
        java.util.Arrays.fill(calculatedLateStart, NONE);
        heldResume = c.splitInProgress ? new long[n] : null;
        if (heldResume != null) {
            java.util.Arrays.fill(heldResume, NONE);
        }
    }

    void useNetwork(LinkGraph graph, int[] order) {
        this.graph = graph;
        this.order = order;
    }

    /** Before the passes of another iteration of a simulation: the first forward pass is not the ALAP one. */
    void restart() {
        alapPhase = false;
    }

    void forwardPass() {
        for (int i : order) {
            forward(i);
        }
    }

    void backwardPass() {
        long finish = NONE;
        for (int i : order) {
            if (ef[i] != NONE && ef[i] > finish && c.countsTowardsFinish(i)) {
                finish = ef[i];
            }
        }
        projectFinish = finish == NONE ? c.projectStart : finish;
        for (int x = order.length - 1; x >= 0; x--) {
            backward(order[x]);
        }
    }

    /**
     * After a forward pass, instead of the backward pass where late dates are not needed (a simulation's iterations):
     * sets the project finish and marks in {@code driving} the tasks on a driving path to it — those finishing at it,
     * and, walking back in reverse topological order, every predecessor whose link alone puts a marked task at its
     * early start. Without constraints or deadlines these are exactly the tasks with zero total slack. Calendar
     * arithmetic is spent only on the links into marked tasks.
     */
    long markDrivingPaths(boolean[] driving) {
        long finish = NONE;
        for (int i : order) {
            if (ef[i] != NONE && ef[i] > finish && c.countsTowardsFinish(i)) {
                finish = ef[i];
            }
        }
        projectFinish = finish == NONE ? c.projectStart : finish;
        java.util.Arrays.fill(driving, false);
        for (int x = order.length - 1; x >= 0; x--) {
            int s = order[x];
            if (!driving[s]) {
                if (ef[s] != projectFinish) {
                    continue;
                }
                driving[s] = true;
            }
            if (c.manual[s]) {
                continue;
            }
            if (c.started(s)) {
                // A started task is driven only where an unfinished predecessor held back its remaining work.
                if (heldResume != null && heldResume[s] != NONE) {
                    for (int e = graph.inStart[s]; e < graph.inStart[s + 1]; e++) {
                        int link = graph.inLinks[e];
                        int p = graph.pred[link];
                        if (!driving[p] && heldBy(s, link) == heldResume[s]) {
                            driving[p] = true;
                        }
                    }
                }
                continue;
            }
            for (int e = graph.inStart[s]; e < graph.inStart[s + 1]; e++) {
                int link = graph.inLinks[e];
                int p = graph.pred[link];
                if (!driving[p] && Durations.nextWorkStart(c, s, linkEarlyStart(link)) == es[s]) {
                    driving[p] = true;
                }
            }
        }
        return projectFinish;
    }

    /** Second forward pass for plans with ALAP tasks (see class comment). */
    void alapForwardPass() {
        alapPhase = true;
        forwardPass();
    }

    private void forward(int i) {
        if (c.manual[i]) {
            es[i] = c.manualStart[i];
            ef[i] = c.manualFinish[i];
            return;
        }
        long start;
        long finish = NONE;
        byte ct = c.constraintType[i];
        long cd = c.constraintDate[i];
        if (!c.started(i)) {
            int from = graph.inStart[i];
            int to = graph.inStart[i + 1];
            if (from == to) {
                if (ct == SNET) {
                    start = cd;
                } else if (ct == FNET) {
                    finish = cd;
                    start = Durations.subtractSpan(c, i, cd, Durations.DURATION);
                } else {
                    start = Durations.nextWorkStart(c, i, c.projectStart);
                }
            } else {
                start = Long.MIN_VALUE;
                for (int e = from; e < to; e++) {
                    long candidate = linkEarlyStart(graph.inLinks[e]);
                    if (candidate > start) {
                        start = candidate;
                    }
                }
            }
            if (c.summaryStart[i] != NONE && start < c.summaryStart[i]) {
                start = c.summaryStart[i];
            }
            if (c.levelingDelay != null && c.levelingDelay[i] > 0) {
                start = afterLevelingDelay(i, start);
            }
            start = Durations.nextWorkStart(c, i, start);
            long fromLinks = start;
            switch (ct) {
                case SNET -> start = Math.max(start, cd);
                case SNLT -> start = Math.min(start, cd);
                case FNET -> start = Math.max(start, Durations.subtractSpan(c, i, cd, Durations.DURATION));
                case FNLT -> start = Math.min(start, Durations.subtractSpan(c, i, cd, Durations.DURATION));
                case MSO -> start = cd;
                case MFO -> {
                    finish = cd;
                    start = Durations.subtractSpan(c, i, cd, Durations.DURATION);
                }
                default -> { }
            }
            boolean pulledEarlier = from != to && start < fromLinks && (ct == SNLT || ct == FNLT || ct == MSO || ct == MFO);
            linkDrivenStart[i] = pulledEarlier ? fromLinks : NONE;
            linkDrivenFinish[i] = pulledEarlier ? Durations.addSpan(c, i, fromLinks, Durations.DURATION) : NONE;
        } else {
            start = c.actualStart[i];
            if (heldResume != null) {
                heldResume[i] = NONE;
            }
            if (!c.finished(i)) {
                finish = Durations.addSpan(c, i, start, Durations.DURATION);
                if (ct == FNET && finish < cd) {
                    finish = cd;
                }
                if (c.statusDate != NONE && c.remainingDuration[i] > 0) {
                    long resume = Durations.nextWorkStart(c, i, c.statusDate);
                    finish = Math.max(finish, Durations.addSpan(c, i, resume, Durations.REMAINING));
                }
                if (heldResume != null && c.remainingDuration[i] > 0) {
                    finish = Math.max(finish, splitAfterPredecessors(i, start));
                }
            }
        }
        if (finish == NONE) {
            finish = c.finished(i) ? c.actualFinish[i] : Durations.addSpan(c, i, start, Durations.DURATION);
        }
        es[i] = start;
        ef[i] = finish;
    }

    /**
     * Split in-progress tasks: the remaining work of started task {@code i} resumes no earlier than its unfinished
     * predecessors allow — after a finish-to-start predecessor's finish (plus lag), or so as to finish no earlier than
     * a finish-to-finish predecessor (plus lag). Start-to-start and start-to-finish links concern the start, which is
     * already behind it. Returns the finish that follows, or {@code NONE} when nothing holds the work back.
     */
    private long splitAfterPredecessors(int i, long actualStart) {
        long held = NONE;
        for (int e = graph.inStart[i]; e < graph.inStart[i + 1]; e++) {
            held = Math.max(held, heldBy(i, graph.inLinks[e]));
        }
        long resume = Durations.addSpan(c, i, actualStart, Durations.ACTUAL);
        if (held == NONE || held <= resume) {
            return NONE;
        }
        heldResume[i] = held;
        return Durations.addSpan(c, i, held, Durations.REMAINING);
    }

    /**
     * Where link {@code link} lets the remaining work of started task {@code i} resume at the earliest, at the next
     * working time; {@code NONE} when it does not hold it back (a finished predecessor, a link from the start). In the
     * second forward pass of a plan with ALAP tasks, an ALAP predecessor holds it back with its late finish, as it
     * holds back a task that has not started.
     */
    private long heldBy(int i, int link) {
        int p = graph.pred[link];
        int k = graph.source[link];
        if (c.finished(p)) {
            return NONE;
        }
        boolean followLate = alapPhase && c.constraintType[p] == ALAP && c.constraintType[i] != ALAP;
        long predFinish = followLate ? lf[p] : ef[p];
        long from = switch (c.linkType[k]) {
            case FS -> Durations.addLag(c, k, p, i, predFinish);
            case FF -> Durations.subtractSpan(c, i, Durations.addLag(c, k, p, i, predFinish), Durations.REMAINING);
            default -> NONE;
        };
        return from == NONE ? NONE : Durations.nextWorkStart(c, i, from);
    }

    private long linkEarlyStart(int link) {
        int p = graph.pred[link];
        int s = graph.succ[link];
        int k = graph.source[link];
        boolean followLate = alapPhase && c.constraintType[p] == ALAP && c.constraintType[s] != ALAP;
        boolean predDone = c.started(p) && c.finished(p);
        switch (c.linkType[k]) {
            case FS:
                return Durations.addLag(c, k, p, s, followLate ? lf[p] : ef[p]);
            case SS:
                return Durations.addLag(c, k, p, s, predDone ? c.actualStart[p] : followLate ? ls[p] : es[p]);
            case FF: {
                long predFinish = predDone ? c.actualFinish[p] : followLate ? lf[p] : ef[p];
                long start = Durations.addLag(c, k, p, s, Durations.subtractSpan(c, s, predFinish, Durations.REMAINING));
                return Math.max(start, c.projectStart);
            }
            default: { // SF
                long predStart = followLate ? ls[p] : es[p];
                return Durations.addLag(c, k, p, s, Durations.subtractSpan(c, s, predStart, Durations.DURATION));
            }
        }
    }

    private void backward(int i) {
        long finish;
        if (!c.finished(i)) {
            int from = graph.outStart[i];
            int to = graph.outStart[i + 1];
            boolean anySuccessor = false;
            finish = Long.MAX_VALUE;
            // A blank row left out of the roll-up may finish after the project's finish, which it does not count in.
            long latest = c.countsTowardsFinish(i) ? projectFinish : Math.max(projectFinish, c.manualFinish[i]);
            for (int e = from; e < to; e++) {
                int link = graph.outLinks[e];
                if (c.finished(graph.succ[link])) {
                    continue;
                }
                anySuccessor = true;
                finish = Math.min(finish, Math.min(linkLateFinish(link), latest));
            }
            if (!anySuccessor) {
                finish = latest;
            }
            long cd = c.constraintDate[i];
            switch (c.constraintType[i]) {
                case MSO -> finish = Durations.addSpan(c, i, cd, Durations.DURATION);
                case MFO -> finish = cd;
                case SNLT -> finish = Math.min(finish, Durations.addSpan(c, i, cd, Durations.DURATION));
                case FNLT -> finish = Math.min(finish, cd);
                default -> { }
            }
            if (c.deadline[i] != NONE && finish > c.deadline[i]) {
                finish = c.deadline[i];
            }
            // A manual task's dates are its own: its late finish is on its own calendar, not its resources'.
            finish = c.manual[i] ? c.taskCalendar[i].previousWorkFinish(finish) : Durations.previousWorkFinish(c, i, finish);
        } else {
            finish = c.actualFinish[i];
        }
        if (c.manual[i]) {
            // A manual task keeps its own span: MS Project's late start is its late finish less the
            // working time between the dates the planner set, whatever its duration field says — unless
            // its bar starts or ends in non-working time, where its duration is taken instead.
            CalendarTimeline cal = c.taskCalendar[i];
            long span = c.manualOffHours[i] ? c.duration[i] : cal.workBetween(c.manualStart[i], c.manualFinish[i]);
            // A manual task that may not finish later than it does keeps its own start as its late start.
            long own = c.manualFinish[i];
            boolean atOwnFinish = cal.workBetween(Math.min(finish, own), Math.max(finish, own)) == 0;
            long start = atOwnFinish ? c.manualStart[i] : cal.addWork(finish, -span);
            calculatedLateStart[i] = start;
            ls[i] = c.finished(i) ? c.actualStart[i] : start;
        } else {
            long start = Durations.subtractSpan(c, i, finish, Durations.REMAINING);
            calculatedLateStart[i] = start;
            ls[i] = c.started(i) ? c.actualStart[i] : start;
        }
        lf[i] = finish;
    }

    /** A start moved later by the task's levelling delay: elapsed time, or working time of its calendar. */
    private long afterLevelingDelay(int i, long start) {
        return c.levelingDelayElapsed[i] ? start + c.levelingDelay[i]
                : c.taskCalendar[i].addWork(c.taskCalendar[i].nextWorkStart(start), c.levelingDelay[i]);
    }

    /** The inverse of {@link #afterLevelingDelay}, for the backward pass. */
    private long beforeLevelingDelay(int i, long lateStart) {
        return c.levelingDelayElapsed[i] ? lateStart - c.levelingDelay[i]
                : c.taskCalendar[i].addWork(lateStart, -c.levelingDelay[i]);
    }

    private long linkLateFinish(int link) {
        int p = graph.pred[link];
        int s = graph.succ[link];
        int k = graph.source[link];
        switch (c.linkType[k]) {
            case FS:
                if (c.levelingDelay != null && c.levelingDelay[s] > 0 && !c.started(s)) {
                    // The successor's late start less its levelling delay: the delay is the successor's own, not
                    // slack this task may use.
                    return Durations.removeLag(c, k, p, s, beforeLevelingDelay(s, calculatedLateStart[s]));
                }
                if (c.started(s) && c.duration[s] > 0) {
                    // A started successor no longer waits for this task at its start: what remains of it
                    // resumes after the work already done (or where its unfinished predecessors moved it, when
                    // in-progress tasks split), and that is what this task must finish by.
                    long resume = heldResume != null && heldResume[s] != NONE ? heldResume[s]
                            : Durations.addSpan(c, s, c.actualStart[s], Durations.ACTUAL);
                    return Durations.removeLag(c, k, p, s, resume);
                }
                return Durations.removeLag(c, k, p, s, calculatedLateStart[s]);
            case SS:
                return startToStartLateFinish(k, p, s);
            case FF:
                return Durations.removeLag(c, k, p, s, lf[s]);
            default: // SF
                if (c.manual[p] && !c.started(s)) {
                    // As through an SS link: a link from a manual task's start does not hold it back (task-links
                    // files of the behaviour oracle, SF pair).
                    return c.hasDirectSuccessors[s] ? projectFinish : lf[s];
                }
                return Durations.removeLag(c, k, p, s, Durations.addSpan(c, p, lf[s], Durations.DURATION));
        }
    }

    /**
     * MS Project's late finish through an SS link: the predecessor's late start follows the successor's
     * late start (less lag); once either task has started, the link no longer holds the predecessor back.
     */
    private long startToStartLateFinish(int k, int p, int s) {
        if (c.started(p)) {
            return projectFinish;
        }
        if (!c.started(s)) {
            if (c.manual[p]) {
                return c.hasDirectSuccessors[s] ? projectFinish : lf[s];
            }
            long predLateStart = Durations.removeLag(c, k, p, s, c.taskCalendar[p].nextWorkStart(ls[s]));
            return Durations.addSpan(c, p, predLateStart, Durations.DURATION);
        }
        if (!c.hasDirectSuccessors[s]) {
            return projectFinish;
        }
        long predLateStart = Durations.addSpan(c, s, c.actualStart[s], Durations.ACTUAL);
        return Durations.addSpan(c, p, predLateStart, Durations.DURATION);
    }
}
