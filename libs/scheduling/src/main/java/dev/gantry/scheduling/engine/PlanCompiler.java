package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.Seconds;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.Progress;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.scheduling.model.WorkContour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a validated {@link ProjectPlan} into a {@link CompiledPlan}. */
final class PlanCompiler {

    private PlanCompiler() {
    }

    static CompiledPlan compile(ProjectPlan plan, PlanIndex planIndex, CalendarCache calendars) {
        CompiledPlan c = header(plan);
        compileHierarchy(c, planIndex.parent);
        compileTasks(c, plan, calendars);
        compileLinks(c, plan.dependencies(), planIndex);
        return c;
    }

    /**
     * Compiles a plan that {@code shape} {@linkplain PlanShape#fits fits}: the outline and the links are the shape's
     * (shared, never written), only the tasks' own data is compiled.
     */
    static CompiledPlan compile(ProjectPlan plan, PlanShape shape, CalendarCache calendars) {
        CompiledPlan c = header(plan);
        c.parent = shape.parent;
        c.summary = shape.summary;
        c.outlineLevel = shape.outlineLevel;
        c.leaves = shape.leaves;
        c.leafDescendantsStart = shape.leafDescendantsStart;
        c.leafDescendants = shape.leafDescendants;
        c.bottomUp = shape.bottomUp;
        compileTasks(c, plan, calendars);
        c.linkCount = shape.linkCount;
        c.linkPred = shape.linkPred;
        c.linkSucc = shape.linkSucc;
        c.linkType = shape.linkType;
        c.lagUnit = shape.lagUnit;
        c.lagValue = shape.lagValue;
        c.hasDirectSuccessors = shape.hasDirectSuccessors;
        c.hasSummaryLinks = shape.hasSummaryLinks;
        return c;
    }

    private static CompiledPlan header(ProjectPlan plan) {
        CompiledPlan c = new CompiledPlan();
        List<PlanTask> tasks = plan.tasks();
        int n = tasks.size();
        c.taskCount = n;
        c.ids = new String[n];
        for (int i = 0; i < n; i++) {
            c.ids[i] = tasks.get(i).id();
        }
        c.projectStart = Seconds.of(plan.start());
        c.statusDate = plan.moveRemainingWorkAfterStatusDate() ? Seconds.of(plan.statusDate()) : Seconds.NONE;
        c.splitInProgress = plan.splitInProgressTasks();
        return c;
    }

    private static void compileHierarchy(CompiledPlan c, int[] parent) {
        int n = c.taskCount;
        c.parent = parent;
        c.summary = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (c.parent[i] >= 0) {
                c.summary[c.parent[i]] = true;
            }
        }
        c.outlineLevel = new int[n];
        int maxLevel = 1;
        int[] stack = new int[16];
        for (int i = 0; i < n; i++) {
            int depth = 0;
            int cur = i;
            while (cur >= 0 && c.outlineLevel[cur] == 0) {
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = cur;
                cur = c.parent[cur];
            }
            int level = cur >= 0 ? c.outlineLevel[cur] : 0;
            while (depth > 0) {
                c.outlineLevel[stack[--depth]] = ++level;
            }
            maxLevel = Math.max(maxLevel, c.outlineLevel[i]);
        }
        int leafCount = 0;
        for (int i = 0; i < n; i++) {
            if (!c.summary[i]) {
                leafCount++;
            }
        }
        c.leaves = new int[leafCount];
        int k = 0;
        int[] descendantCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (!c.summary[i]) {
                c.leaves[k++] = i;
                for (int a = c.parent[i]; a >= 0; a = c.parent[a]) {
                    descendantCount[a + 1]++;
                }
            }
        }
        c.leafDescendantsStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            c.leafDescendantsStart[i + 1] = c.leafDescendantsStart[i] + descendantCount[i + 1];
        }
        c.leafDescendants = new int[c.leafDescendantsStart[n]];
        int[] fill = java.util.Arrays.copyOf(c.leafDescendantsStart, n);
        for (int leaf : c.leaves) {
            for (int a = c.parent[leaf]; a >= 0; a = c.parent[a]) {
                c.leafDescendants[fill[a]++] = leaf;
            }
        }
        // Children before parents: deepest outline level first (counting sort).
        int[] perLevel = new int[maxLevel + 2];
        for (int i = 0; i < n; i++) {
            perLevel[maxLevel - c.outlineLevel[i] + 1]++;
        }
        for (int l = 1; l < perLevel.length; l++) {
            perLevel[l] += perLevel[l - 1];
        }
        c.bottomUp = new int[n];
        for (int i = 0; i < n; i++) {
            c.bottomUp[perLevel[maxLevel - c.outlineLevel[i]]++] = i;
        }
    }

    private static void compileTasks(CompiledPlan c, ProjectPlan plan, CalendarCache cache) {
        int n = c.taskCount;
        Map<String, WorkingCalendar> calendarsById = new HashMap<>();
        plan.calendars().forEach(cal -> calendarsById.put(cal.id(), cal));
        Map<String, CalendarTimeline> timelines = new HashMap<>();
        c.taskCalendar = new CalendarTimeline[n];
        c.assignmentStart = new int[n + 1];
        List<CalendarTimeline> assignmentCalendars = new ArrayList<>();
        List<long[]> assignmentSpans = new ArrayList<>();
        List<WorkAssignment> assigned = new ArrayList<>();
        c.duration = new long[n];
        c.elapsed = new boolean[n];
        c.milestone = new boolean[n];
        c.manual = new boolean[n];
        c.manualStart = new long[n];
        c.manualFinish = new long[n];
        c.constraintType = new byte[n];
        c.constraintDate = new long[n];
        c.deadline = new long[n];
        c.actualStart = new long[n];
        c.actualFinish = new long[n];
        c.actualDuration = new long[n];
        c.remainingDuration = new long[n];
        c.percentComplete = new double[n];
        CalendarTimeline projectCalendar = timeline(plan.defaultCalendarId(), calendarsById, timelines, cache, plan);
        for (int i = 0; i < n; i++) {
            PlanTask t = plan.tasks().get(i);
            c.taskCalendar[i] = t.calendarId() == null ? projectCalendar : timeline(t.calendarId(), calendarsById, timelines, cache, plan);
            c.duration[i] = Seconds.ofMinutes(t.durationMinutes());
            c.elapsed[i] = t.elapsedDuration();
            c.milestone[i] = t.milestone();
            c.manual[i] = t.manual();
            c.constraintType[i] = (byte) t.constraint().type().ordinal();
            c.constraintDate[i] = Seconds.of(t.constraint().date());
            c.deadline[i] = Seconds.of(t.deadline());
            if (c.constraintType[i] == CompiledPlan.ALAP && !c.summary[i]) {
                c.hasAlap = true;
            }
            Progress p = t.progress();
            c.actualStart[i] = Seconds.of(p.actualStart());
            c.actualFinish[i] = Seconds.of(p.actualFinish());
            c.percentComplete[i] = p.percentComplete();
            long remaining;
            if (p.remainingDurationMinutes() != null) {
                remaining = Seconds.ofMinutes(p.remainingDurationMinutes());
            } else if (p.actualFinish() != null) {
                remaining = 0;
            } else if (p.actualStart() != null) {
                remaining = Math.round(c.duration[i] * (1 - p.percentComplete() / 100.0));
            } else {
                remaining = c.duration[i];
            }
            c.remainingDuration[i] = remaining;
            c.actualDuration[i] = p.actualDurationMinutes() != null ? Seconds.ofMinutes(p.actualDurationMinutes())
                    : Math.max(0, c.duration[i] - remaining);
            for (WorkAssignment a : t.assignments()) {
                assignmentCalendars.add(timeline(a.calendarId(), calendarsById, timelines, cache, plan));
                assignmentSpans.add(spans(a, p));
                assigned.add(a);
            }
            c.assignmentStart[i + 1] = assignmentCalendars.size();
        }
        c.assignmentCalendar = assignmentCalendars.toArray(new CalendarTimeline[0]);
        int assignments = assignmentSpans.size();
        c.assignmentSpan = new long[assignments];
        c.assignmentRemaining = new long[assignments];
        c.assignmentActual = new long[assignments];
        c.assignmentDelay = new long[assignments];
        for (int a = 0; a < assignments; a++) {
            c.assignmentSpan[a] = assignmentSpans.get(a)[0];
            c.assignmentRemaining[a] = assignmentSpans.get(a)[1];
            c.assignmentActual[a] = assignmentSpans.get(a)[2];
            c.assignmentDelay[a] = assigned.get(a).delayMinutes() * Seconds.PER_MINUTE;
        }
        // Splits and levelling delays are rare: their arrays exist only in plans that have some, so that the passes
        // of every other plan pay one flag test for them.
        for (int i = 0; i < n; i++) {
            PlanTask t = plan.tasks().get(i);
            if (c.summary[i] || t.manual()) {
                continue;
            }
            if (t.splitMinutes() > 0 && !t.elapsedDuration()) {
                if (c.split == null) {
                    c.split = new long[n];
                }
                c.split[i] = t.splitMinutes() * Seconds.PER_MINUTE;
            }
            if (t.levelingDelayMinutes() > 0) {
                if (c.levelingDelay == null) {
                    c.levelingDelay = new long[n];
                    c.levelingDelayElapsed = new boolean[n];
                }
                c.levelingDelay[i] = t.levelingDelayMinutes() * Seconds.PER_MINUTE;
                c.levelingDelayElapsed[i] = t.levelingDelayElapsed();
            }
        }
        c.summaryStart = new long[n];
        for (int i = 0; i < n; i++) {
            long latest = Seconds.NONE;
            for (int a = c.parent[i]; a >= 0; a = c.parent[a]) {
                PlanTask summary = plan.tasks().get(a);
                if (summary.manual() && summary.manualStart() != null) {
                    latest = Math.max(latest, Seconds.of(summary.manualStart()));
                }
                // A summary's Start No Earlier Than bounds every task under it, as MS Project schedules it.
                if (summary.constraint().type() == ConstraintType.START_NO_EARLIER_THAN) {
                    latest = Math.max(latest, Seconds.of(summary.constraint().date()));
                }
            }
            c.summaryStart[i] = latest;
        }
        compileBlankRows(c, plan);
        c.manualOffHours = new boolean[n];
        for (int i = 0; i < n; i++) {
            PlanTask t = plan.tasks().get(i);
            c.manualStart[i] = Seconds.of(t.manualStart());
            if (t.manual()) {
                c.manualFinish[i] = t.manualFinish() != null ? Seconds.of(t.manualFinish())
                        : Durations.addSpan(c, i, c.manualStart[i], Durations.DURATION);
                CalendarTimeline cal = c.taskCalendar[i];
                c.manualOffHours[i] = c.manualStart[i] != Seconds.NONE && c.manualFinish[i] != Seconds.NONE
                        && cal.nextWorkStart(c.manualStart[i]) != c.manualStart[i]
                        && cal.workBetween(c.manualStart[i], c.manualFinish[i]) > 0;
            } else {
                c.manualFinish[i] = Seconds.NONE;
            }
        }
    }

    private static void compileBlankRows(CompiledPlan c, ProjectPlan plan) {
        int n = c.taskCount;
        boolean[] blank = null;
        for (int i = 0; i < n; i++) {
            PlanTask t = plan.tasks().get(i);
            if (t.manual() && !c.summary[i] && (t.name() == null || t.name().isBlank())) {
                if (blank == null) {
                    blank = new boolean[n];
                }
                blank[i] = true;
            }
        }
        if (blank == null) {
            return;
        }
        // Index n stands for the project: the parent of the top-level tasks.
        boolean[] hasOther = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            if (!blank[i]) {
                hasOther[c.parent[i] < 0 ? n : c.parent[i]] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (blank[i] && hasOther[c.parent[i] < 0 ? n : c.parent[i]]) {
                if (c.leftOutOfRollUp == null) {
                    c.leftOutOfRollUp = new boolean[n];
                }
                c.leftOutOfRollUp[i] = true;
            }
        }
    }

    /**
     * Span, remaining span and actual span of an assignment, in seconds of its calendar. Under a contour other than
     * flat, work done and work left are converted to time along the contour's shape: the first half of a back-loaded
     * assignment's span does a quarter of its work.
     */
    private static long[] spans(WorkAssignment a, Progress p) {
        long span = Seconds.ofMinutes(a.spanMinutes());
        long remaining;
        if (a.remainingWorkMinutes() != null) {
            remaining = timeLeft(a, span, a.remainingWorkMinutes());
        } else if (p.actualFinish() != null) {
            remaining = 0;
        } else if (p.actualStart() != null) {
            // Percent complete is of the duration, so it is a share of the span whatever the contour.
            remaining = Math.round(span * (1 - p.percentComplete() / 100.0));
        } else {
            remaining = span;
        }
        long actual = a.actualWorkMinutes() != null ? timeFor(a, span, a.actualWorkMinutes()) : Math.max(0, span - remaining);
        return new long[] {span, remaining, actual};
    }

    /** Time the assignment still takes when {@code work} minutes of its work are left. */
    private static long timeLeft(WorkAssignment a, long span, double work) {
        return contoured(a) ? span - timeFor(a, span, a.workMinutes() - work) : timeFor(a, span, work);
    }

    /** Time the assignment takes to do {@code work} minutes of its work from its start, in seconds. */
    private static long timeFor(WorkAssignment a, long span, double work) {
        if (!contoured(a)) {
            return Seconds.ofMinutes(work * 100.0 / a.units());
        }
        double share = Math.max(0, Math.min(a.workMinutes(), work)) / a.workMinutes();
        return Math.round(span * a.contour().spanShare(share));
    }

    private static boolean contoured(WorkAssignment a) {
        return a.contour() != WorkContour.FLAT && a.workMinutes() > 0;
    }

    private static CalendarTimeline timeline(String id, Map<String, WorkingCalendar> byId, Map<String, CalendarTimeline> timelines,
                                             CalendarCache cache, ProjectPlan plan) {
        CalendarTimeline t = timelines.get(id);
        if (t == null) {
            List<WorkingCalendar> chain = new ArrayList<>();
            for (WorkingCalendar cur = byId.get(id); cur != null; cur = cur.parentId() == null ? null : byId.get(cur.parentId())) {
                chain.add(cur);
            }
            t = cache.get(chain, plan.start().toLocalDate());
            timelines.put(id, t);
        }
        return t;
    }

    private static void compileLinks(CompiledPlan c, List<Dependency> deps, PlanIndex index) {
        int m = deps.size();
        c.linkCount = m;
        c.linkPred = new int[m];
        c.linkSucc = new int[m];
        c.linkType = new byte[m];
        c.lagUnit = new byte[m];
        c.lagValue = new double[m];
        c.hasDirectSuccessors = new boolean[c.taskCount];
        for (int k = 0; k < m; k++) {
            Dependency d = deps.get(k);
            c.linkPred[k] = index.dependencyPredecessor[k];
            c.linkSucc[k] = index.dependencySuccessor[k];
            c.linkType[k] = (byte) d.type().ordinal();
            c.lagUnit[k] = (byte) d.lag().unit().ordinal();
            c.lagValue[k] = d.lag().value();
            c.hasDirectSuccessors[c.linkPred[k]] = true;
            if (c.summary[c.linkPred[k]] || c.summary[c.linkSucc[k]]) {
                c.hasSummaryLinks = true;
            }
        }
    }
}
