package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.calendar.WorkingPeriod;
import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.error.Problem;
import dev.gantry.scheduling.error.ProblemCode;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.Progress;
import dev.gantry.scheduling.model.ProjectPlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a plan before scheduling and collects every problem (not just the first), so a client can fix
 * them all at once. Dependency cycles are found later, while ordering the network.
 */
final class PlanValidator {

    private final ProjectPlan plan;
    private final PlanIndex index;
    private final List<Problem> problems = new ArrayList<>();

    private PlanValidator(ProjectPlan plan, PlanIndex index) {
        this.plan = plan;
        this.index = index;
    }

    static List<Problem> validate(ProjectPlan plan, PlanIndex index) {
        PlanValidator v = new PlanValidator(plan, index);
        v.run();
        return v.problems;
    }

    /**
     * The problems of a plan whose structure was already found valid (a {@link PlanShape} fits it): its start, its
     * calendars and its tasks' own data; the hierarchy and the dependencies are the shape's.
     */
    static List<Problem> validateTasks(ProjectPlan plan, PlanIndex index) {
        PlanValidator v = new PlanValidator(plan, index);
        v.checkStartCalendarsAndTasks();
        return v.problems;
    }

    private void run() {
        checkStartCalendarsAndTasks();
        boolean hierarchyOk = checkHierarchy();
        checkDependencies(hierarchyOk);
    }

    private void checkStartCalendarsAndTasks() {
        if (plan.start() == null) {
            problems.add(Problem.ofTasks(ProblemCode.MISSING_PROJECT_START, "The plan has no start date", List.of()));
        }
        Map<String, WorkingCalendar> calendars = checkCalendars();
        checkTasks(calendars);
    }

    private Map<String, WorkingCalendar> checkCalendars() {
        Map<String, WorkingCalendar> byId = new HashMap<>();
        for (WorkingCalendar c : plan.calendars()) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                problems.add(Problem.ofCalendars(ProblemCode.DUPLICATE_CALENDAR_ID, "Calendar id '" + c.id() + "' is used twice", List.of(c.id())));
            }
        }
        if (!byId.containsKey(plan.defaultCalendarId())) {
            problems.add(Problem.ofCalendars(ProblemCode.MISSING_CALENDAR,
                    "The project calendar '" + plan.defaultCalendarId() + "' is not in the plan", List.of(String.valueOf(plan.defaultCalendarId()))));
        }
        for (WorkingCalendar c : byId.values()) {
            checkPeriods(c);
            List<WorkingCalendar> chain = chain(c, byId);
            if (chain != null && !CalendarTimeline.hasWorkingTime(chain)) {
                problems.add(Problem.ofCalendars(ProblemCode.CALENDAR_WITHOUT_WORKING_TIME,
                        "Calendar '" + c.id() + "' has no working time: no working weekday and no working exception", List.of(c.id())));
            }
        }
        return byId;
    }

    private void checkPeriods(WorkingCalendar c) {
        List<WorkingPeriod> all = new ArrayList<>();
        c.weekDays().values().forEach(all::addAll);
        for (CalendarException e : c.exceptions()) {
            all.addAll(e.periods());
            if (e.to() != null && e.to().isBefore(e.from())) {
                problems.add(Problem.ofCalendars(ProblemCode.INVALID_WORKING_PERIOD,
                        "Calendar '" + c.id() + "' has an exception ending before it starts (" + e.from() + " to " + e.to() + ")", List.of(c.id())));
            }
        }
        for (WorkingPeriod p : all) {
            if (p.toSecond() <= p.fromSecond()) {
                problems.add(Problem.ofCalendars(ProblemCode.INVALID_WORKING_PERIOD,
                        "Calendar '" + c.id() + "' has a working period ending before it starts: " + p.from() + "-" + p.to(), List.of(c.id())));
            }
        }
    }

    /** The calendar and its ancestors, or null (with a problem recorded) when a parent is missing or parents loop. */
    private List<WorkingCalendar> chain(WorkingCalendar c, Map<String, WorkingCalendar> byId) {
        List<WorkingCalendar> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        WorkingCalendar cur = c;
        while (cur != null) {
            if (!seen.add(cur.id())) {
                problems.add(Problem.ofCalendars(ProblemCode.CALENDAR_CYCLE, "Calendar '" + c.id() + "' derives from itself", List.copyOf(seen)));
                return null;
            }
            chain.add(cur);
            if (cur.parentId() == null) {
                break;
            }
            WorkingCalendar parent = byId.get(cur.parentId());
            if (parent == null) {
                problems.add(Problem.ofCalendars(ProblemCode.MISSING_CALENDAR,
                        "Calendar '" + cur.id() + "' derives from missing calendar '" + cur.parentId() + "'", List.of(cur.id(), cur.parentId())));
                return null;
            }
            cur = parent;
        }
        return chain;
    }

    private void checkTasks(Map<String, WorkingCalendar> calendars) {
        for (String duplicate : index.duplicateIds) {
            problems.add(Problem.ofTasks(ProblemCode.DUPLICATE_TASK_ID, "Task id '" + duplicate + "' is used twice", List.of(duplicate)));
        }
        for (PlanTask t : plan.tasks()) {
            if (t.durationMinutes() >= 0 && t.durationMinutes() <= MAX_MINUTES && t.progress() == Progress.NONE && !t.constraint().type().needsDate() && !t.manual()
                    && t.calendarId() == null && t.assignments().isEmpty()) {
                continue; // nothing that could be wrong: the common case, kept cheap for large plans
            }
            List<String> ids = List.of(t.id());
            if (!(t.durationMinutes() >= 0)) {
                problems.add(Problem.ofTasks(ProblemCode.NEGATIVE_DURATION, "Task '" + t.id() + "' has a negative duration (" + t.durationMinutes() + " min)", ids));
            } else if (t.durationMinutes() > MAX_MINUTES) {
                problems.add(Problem.ofTasks(ProblemCode.NEGATIVE_DURATION, "Task '" + t.id() + "' has a duration beyond "
                        + MAX_MINUTES + " minutes (" + t.durationMinutes() + " min)", ids));
            }
            Progress p = t.progress();
            if (t.assignments().stream().anyMatch(a -> !withinRange(a.workMinutes())
                    || (a.remainingWorkMinutes() != null && !withinRange(a.remainingWorkMinutes()))
                    || (a.actualWorkMinutes() != null && !withinRange(a.actualWorkMinutes())))) {
                problems.add(Problem.ofTasks(ProblemCode.NEGATIVE_DURATION, "Task '" + t.id() + "' has an assignment with negative work, or work beyond " + MAX_MINUTES + " minutes", ids));
            }
            if ((p.remainingDurationMinutes() != null && !withinRange(p.remainingDurationMinutes()))
                    || (p.actualDurationMinutes() != null && !withinRange(p.actualDurationMinutes()))) {
                problems.add(Problem.ofTasks(ProblemCode.NEGATIVE_DURATION, "Task '" + t.id() + "' has a negative actual or remaining duration, or one beyond " + MAX_MINUTES + " minutes", ids));
            }
            if (p.percentComplete() < 0 || p.percentComplete() > 100 || Double.isNaN(p.percentComplete())) {
                problems.add(Problem.ofTasks(ProblemCode.INVALID_PERCENT_COMPLETE, "Task '" + t.id() + "' is " + p.percentComplete() + "% complete", ids));
            }
            if (p.actualFinish() != null && (p.actualStart() == null || p.actualFinish().isBefore(p.actualStart()))) {
                problems.add(Problem.ofTasks(ProblemCode.INVALID_ACTUAL_DATES,
                        "Task '" + t.id() + "' has an actual finish without an actual start before it", ids));
            }
            if (t.constraint().type().needsDate() && t.constraint().date() == null) {
                problems.add(Problem.ofTasks(ProblemCode.MISSING_CONSTRAINT_DATE,
                        "Task '" + t.id() + "' has a " + t.constraint().type() + " constraint without a date", ids));
            }
            if (t.manual() && t.manualStart() == null) {
                problems.add(Problem.ofTasks(ProblemCode.MISSING_MANUAL_DATES, "Manually scheduled task '" + t.id() + "' has no start", ids));
            }
            List<String> usedCalendars = new ArrayList<>();
            usedCalendars.add(t.calendarId());
            t.assignments().forEach(a -> usedCalendars.add(a.calendarId()));
            for (String calendarId : usedCalendars) {
                if (calendarId != null && !calendars.containsKey(calendarId)) {
                    problems.add(new Problem(ProblemCode.MISSING_CALENDAR,
                            "Task '" + t.id() + "' uses missing calendar '" + calendarId + "'", ids, List.of(calendarId)));
                }
            }
        }
    }

    /** Missing parents and parent loops; returns false when parents loop (the hierarchy cannot be walked). */
    private boolean checkHierarchy() {
        int n = plan.tasks().size();
        int[] parent = index.parent;
        byte[] state = new byte[n]; // 1 = on the current walk, 2 = known to reach the top
        boolean ok = true;
        int[] walk = new int[16];
        for (int i = 0; i < n; i++) {
            if (parent[i] == PlanIndex.MISSING_PARENT) {
                PlanTask t = plan.tasks().get(i);
                problems.add(Problem.ofTasks(ProblemCode.MISSING_PARENT, "Task '" + t.id() + "' has missing parent '" + t.parentId() + "'", List.of(t.id())));
                continue;
            }
            int length = 0;
            int cur = i;
            while (cur >= 0 && state[cur] == 0) {
                state[cur] = 1;
                if (length == walk.length) {
                    walk = java.util.Arrays.copyOf(walk, length * 2);
                }
                walk[length++] = cur;
                cur = parent[cur];
            }
            if (cur >= 0 && state[cur] == 1) {
                List<String> loop = new ArrayList<>();
                boolean in = false;
                for (int k = 0; k < length; k++) {
                    in |= walk[k] == cur;
                    if (in) {
                        loop.add(plan.tasks().get(walk[k]).id());
                    }
                }
                problems.add(Problem.ofTasks(ProblemCode.PARENT_CYCLE, "Tasks are their own ancestors: " + loop, loop));
                ok = false;
            }
            for (int k = 0; k < length; k++) {
                state[walk[k]] = 2;
            }
        }
        return ok;
    }

    private void checkDependencies(boolean hierarchyOk) {
        for (int k = 0; k < plan.dependencies().size(); k++) {
            Dependency d = plan.dependencies().get(k);
            int pred = index.dependencyPredecessor[k];
            int succ = index.dependencySuccessor[k];
            if (pred < 0 || succ < 0) {
                List<String> missing = new ArrayList<>();
                if (pred < 0) {
                    missing.add(d.predecessorId());
                }
                if (succ < 0) {
                    missing.add(d.successorId());
                }
                problems.add(Problem.ofTasks(ProblemCode.MISSING_TASK, "Dependency " + d.predecessorId() + " -> " + d.successorId()
                        + " refers to missing task(s) " + missing, List.of(d.predecessorId(), d.successorId())));
                continue;
            }
            double lag = d.lag().value();
            double limit = d.lag().unit() == dev.gantry.scheduling.model.Lag.LagUnit.PERCENT ? MAX_LAG_PERCENT : MAX_MINUTES;
            if (!(Math.abs(lag) <= limit)) {
                problems.add(Problem.ofTasks(ProblemCode.LAG_OUT_OF_RANGE, "Dependency " + d.predecessorId() + " -> "
                        + d.successorId() + " has a lag of " + lag + " " + d.lag().unit() + ", beyond " + limit,
                        List.of(d.predecessorId(), d.successorId())));
            }
            if (pred == succ) {
                problems.add(Problem.ofTasks(ProblemCode.SELF_DEPENDENCY, "Task '" + d.predecessorId() + "' depends on itself", List.of(d.predecessorId())));
                continue;
            }
            if (hierarchyOk && (isAncestor(pred, succ) || isAncestor(succ, pred))) {
                problems.add(Problem.ofTasks(ProblemCode.SUMMARY_LINKED_TO_OWN_SUBTASK,
                        "Summary task and its own subtask are linked: " + d.predecessorId() + " -> " + d.successorId(),
                        List.of(d.predecessorId(), d.successorId())));
            }
        }
    }

    private boolean isAncestor(int ancestor, int task) {
        for (int p = index.parent[task]; p >= 0; p = index.parent[p]) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Minutes the engine accepts in a duration or work: about 10,000 years, so that seconds never overflow. */
    static final double MAX_MINUTES = 5e9;
    /** Percent of its predecessor's duration a lag may be: ten thousand times it. */
    static final double MAX_LAG_PERCENT = 1e6;

    private static boolean withinRange(double minutes) {
        return minutes >= 0 && minutes <= MAX_MINUTES;
    }
}
