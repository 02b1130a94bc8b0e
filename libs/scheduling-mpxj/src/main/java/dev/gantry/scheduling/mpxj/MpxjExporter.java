package dev.gantry.scheduling.mpxj;

import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.TaskSchedule;
import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.calendar.WorkingPeriod;
import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.Lag;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.Progress;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.model.WorkAssignment;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The engine's plan (and optionally its computed schedule) as an MPXJ project, written as MSPDI (the XML
 * format MS Project opens). Numeric task and calendar ids are kept as UniqueIDs, so a file imported from
 * MS Project round-trips with its ids; other ids get sequential UniqueIDs and are kept in Text1.
 * Calendars are written flattened and day-exact (inheritance resolved, recurring series expanded,
 * consecutive days merged). MSPDI does not keep assignments without work.
 */
public final class MpxjExporter {

    private static final int MINUTES_PER_DAY = 480;

    /** Writes the plan and schedule as MSPDI XML. */
    public void writeMspdi(ProjectPlan plan, ScheduleResult schedule, OutputStream out) throws IOException {
        MSPDIWriter writer = new MSPDIWriter();
        writer.write(toProjectFile(plan, schedule), out);
    }

    /** Builds an MPXJ project; {@code schedule} may be null to export the plan only. */
    public ProjectFile toProjectFile(ProjectPlan plan, ScheduleResult schedule) {
        ProjectFile file = new ProjectFile();
        file.getProjectConfig().setAutoTaskUniqueID(false);
        file.getProjectConfig().setAutoCalendarUniqueID(false);
        ProjectProperties props = file.getProjectProperties();
        props.setStartDate(plan.start());
        props.setStatusDate(plan.statusDate());
        props.setSplitInProgressTasks(plan.splitInProgressTasks());
        props.setMinutesPerDay(MINUTES_PER_DAY);
        props.setMinutesPerWeek(MINUTES_PER_DAY * 5);
        if (schedule != null) {
            props.setFinishDate(schedule.projectFinish());
        }
        Map<String, ProjectCalendar> calendars = writeCalendars(file, plan);
        file.setDefaultCalendar(calendars.get(plan.defaultCalendarId()));
        Map<String, Task> tasks = writeTasks(file, plan, schedule, calendars);
        for (Dependency d : plan.dependencies()) {
            tasks.get(d.successorId()).addPredecessor(new Relation.Builder().predecessorTask(tasks.get(d.predecessorId()))
                    .type(type(d)).lag(lag(d.lag())));
        }
        return file;
    }

    /**
     * Calendars are written flattened (weekdays and exceptions of the ancestors resolved into each):
     * MS Project base calendars cannot derive from one another, and MSPDI readers drop the parent of a
     * derived base calendar together with the parent's exceptions. Working time is kept exactly.
     */
    private static Map<String, ProjectCalendar> writeCalendars(ProjectFile file, ProjectPlan plan) {
        Map<String, WorkingCalendar> byId = new LinkedHashMap<>();
        plan.calendars().forEach(c -> byId.put(c.id(), c));
        Map<String, ProjectCalendar> written = new LinkedHashMap<>();
        IdAllocator ids = new IdAllocator(byId.keySet());
        for (WorkingCalendar c : plan.calendars()) {
            List<WorkingCalendar> chain = new ArrayList<>();
            for (WorkingCalendar cur = c; cur != null && chain.size() <= byId.size(); cur = cur.parentId() == null ? null : byId.get(cur.parentId())) {
                chain.add(cur);
            }
            written.put(c.id(), writeCalendar(file, c, chain, ids.of(c.id())));
        }
        return written;
    }

    private static ProjectCalendar writeCalendar(ProjectFile file, WorkingCalendar wc, List<WorkingCalendar> chain, int uniqueId) {
        ProjectCalendar cal = file.addCalendar();
        cal.setUniqueID(uniqueId);
        cal.setName(wc.name() == null ? wc.id() : wc.name());
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingPeriod> periods = List.of();
            for (WorkingCalendar c : chain) {
                if (c.weekDays().containsKey(day)) {
                    periods = c.weekDays().get(day);
                    break;
                }
            }
            if (periods.isEmpty()) {
                cal.setCalendarDayType(day, DayType.NON_WORKING);
            } else {
                cal.setCalendarDayType(day, DayType.WORKING);
                addRanges(cal.addCalendarHours(day), periods);
            }
        }
        // Ancestors first, so a calendar's own exceptions win on the same day (as in the engine); later
        // exceptions win over earlier ones; each run of equal consecutive days is written once.
        TreeMap<LocalDate, List<WorkingPeriod>> days = new TreeMap<>();
        for (int k = chain.size() - 1; k >= 0; k--) {
            for (CalendarException e : chain.get(k).exceptions()) {
                for (LocalDate d : e.days()) {
                    days.put(d, e.periods());
                }
            }
        }
        LocalDate runStart = null;
        LocalDate runEnd = null;
        List<WorkingPeriod> runPeriods = null;
        for (Map.Entry<LocalDate, List<WorkingPeriod>> day : days.entrySet()) {
            if (runStart != null && day.getKey().equals(runEnd.plusDays(1)) && day.getValue().equals(runPeriods)) {
                runEnd = day.getKey();
                continue;
            }
            if (runStart != null) {
                addRanges(cal.addCalendarException(runStart, runEnd), runPeriods);
            }
            runStart = day.getKey();
            runEnd = day.getKey();
            runPeriods = day.getValue();
        }
        if (runStart != null) {
            addRanges(cal.addCalendarException(runStart, runEnd), runPeriods);
        }
        return cal;
    }

    private static void addRanges(ProjectCalendarHours hours, List<WorkingPeriod> periods) {
        for (WorkingPeriod p : periods) {
            hours.add(new LocalTimeRange(p.from(), p.toMinute() == 1440 ? LocalTime.MIDNIGHT : p.to()));
        }
    }

    private static Map<String, Task> writeTasks(ProjectFile file, ProjectPlan plan, ScheduleResult schedule, Map<String, ProjectCalendar> calendars) {
        IdAllocator ids = new IdAllocator(plan.tasks().stream().map(PlanTask::id).toList());
        Map<String, Task> tasks = new HashMap<>();
        Map<String, Resource> resources = new HashMap<>();
        List<PlanTask> ordered = outlineOrder(plan, schedule);
        int rowId = 1;
        for (PlanTask pt : ordered) {
            Task parent = pt.parentId() == null ? null : tasks.get(pt.parentId());
            Task t = parent == null ? file.addTask() : parent.addTask();
            tasks.put(pt.id(), t);
            t.setUniqueID(ids.of(pt.id()));
            t.setID(rowId++);
            t.setName(pt.name());
            if (!IdAllocator.isNumeric(pt.id())) {
                t.setText(1, pt.id());
                try {
                    t.setGUID(UUID.fromString(pt.id()));
                } catch (IllegalArgumentException notAUuid) {
                    // kept in Text1 only
                }
            }
            if (pt.wbs() != null) {
                t.setWBS(pt.wbs());
            }
            TaskSchedule s = schedule == null ? null : schedule.find(pt.id()).orElse(null);
            boolean summary = s != null ? s.summary() : plan.tasks().stream().anyMatch(o -> pt.id().equals(o.parentId()));
            t.setSummary(summary);
            double durationMinutes = summary && s != null ? s.durationMinutes() : pt.durationMinutes();
            t.setDuration(duration(durationMinutes, pt.elapsedDuration() && !summary));
            t.setMilestone(pt.milestone());
            t.setTaskMode(pt.manual() ? TaskMode.MANUALLY_SCHEDULED : TaskMode.AUTO_SCHEDULED);
            t.setType(pt.assignments().isEmpty() ? TaskType.FIXED_DURATION : TaskType.FIXED_UNITS);
            t.setConstraintType(constraintType(pt.constraint().type()));
            t.setConstraintDate(pt.constraint().date());
            t.setDeadline(pt.deadline());
            if (pt.levelingDelayMinutes() > 0) {
                t.setLevelingDelay(duration(pt.levelingDelayMinutes(), pt.levelingDelayElapsed()));
            }
            if (pt.calendarId() != null) {
                t.setCalendar(calendars.get(pt.calendarId()));
            }
            writeProgress(t, pt);
            if (s != null) {
                writeSchedule(t, s);
            }
            if (pt.manual()) {
                t.setStart(pt.manualStart());
                t.setFinish(pt.manualFinish());
            }
            for (WorkAssignment a : pt.assignments()) {
                String key = a.resourceId() + "@" + a.calendarId();
                Resource r = resources.computeIfAbsent(key, k -> {
                    Resource res = file.addResource();
                    res.setUniqueID(resources.size() + 1);
                    res.setID(resources.size() + 1);
                    res.setName(a.resourceId() == null ? "Resource " + (resources.size() + 1) : a.resourceId());
                    res.setType(ResourceType.WORK);
                    res.setCalendar(calendars.get(a.calendarId()));
                    return res;
                });
                ResourceAssignment ra = t.addResourceAssignment(r);
                ra.setUnits(a.units());
                ra.setWork(Duration.getInstance(a.workMinutes() / 60.0, TimeUnit.HOURS));
                ra.setWorkContour(MpxjContours.toMpxj(a.contour()));
                if (a.delayMinutes() > 0) {
                    ra.setLevelingDelay(MpxjDurations.toDays(a.delayMinutes(), false, file.getProjectProperties()));
                }
                if (a.actualWorkMinutes() != null) {
                    ra.setActualWork(Duration.getInstance(a.actualWorkMinutes() / 60.0, TimeUnit.HOURS));
                }
                if (a.remainingWorkMinutes() != null) {
                    ra.setRemainingWork(Duration.getInstance(a.remainingWorkMinutes() / 60.0, TimeUnit.HOURS));
                }
                if (s != null) {
                    // A delayed assignment starts its delay's working time after its task, on its resource's calendar.
                    ra.setStart(a.delayMinutes() == 0 || r.getCalendar() == null ? s.start()
                            : r.getCalendar().getDate(s.start(), Duration.getInstance(a.delayMinutes(), TimeUnit.MINUTES)));
                    ra.setFinish(s.finish());
                }
            }
        }
        return tasks;
    }

    /**
     * Outline (pre-order) order: each summary followed by its subtasks, siblings in plan order. MSPDI
     * rebuilds the hierarchy from row order and outline levels, so rows must come in this order.
     */
    private static List<PlanTask> outlineOrder(ProjectPlan plan, ScheduleResult schedule) {
        Map<String, List<PlanTask>> children = new LinkedHashMap<>();
        List<PlanTask> roots = new ArrayList<>();
        Map<String, PlanTask> byId = new HashMap<>();
        plan.tasks().forEach(t -> byId.put(t.id(), t));
        for (PlanTask t : plan.tasks()) {
            if (t.parentId() == null || !byId.containsKey(t.parentId())) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<PlanTask> ordered = new ArrayList<>(plan.tasks().size());
        java.util.ArrayDeque<PlanTask> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            PlanTask t = stack.pop();
            ordered.add(t);
            List<PlanTask> kids = children.getOrDefault(t.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return ordered;
    }

    private static void writeProgress(Task t, PlanTask pt) {
        Progress p = pt.progress();
        t.setActualStart(p.actualStart());
        t.setActualFinish(p.actualFinish());
        t.setPercentageComplete(p.percentComplete());
        boolean elapsed = pt.elapsedDuration();
        double remaining = p.remainingDurationMinutes() != null ? p.remainingDurationMinutes()
                : p.finished() ? 0 : p.started() ? pt.durationMinutes() * (1 - p.percentComplete() / 100) : pt.durationMinutes();
        double actual = p.actualDurationMinutes() != null ? p.actualDurationMinutes() : Math.max(0, pt.durationMinutes() - remaining);
        t.setActualDuration(duration(actual, elapsed));
        t.setRemainingDuration(duration(remaining, elapsed));
    }

    private static void writeSchedule(Task t, TaskSchedule s) {
        t.setStart(s.start());
        t.setFinish(s.finish());
        t.setEarlyStart(s.earlyStart());
        t.setEarlyFinish(s.earlyFinish());
        t.setLateStart(s.lateStart());
        t.setLateFinish(s.lateFinish());
        t.setTotalSlack(Duration.getInstance(s.totalSlackMinutes() / (double) MINUTES_PER_DAY, TimeUnit.DAYS));
        t.setFreeSlack(Duration.getInstance(s.freeSlackMinutes() / (double) MINUTES_PER_DAY, TimeUnit.DAYS));
        t.setCritical(s.critical());
    }

    private static Duration duration(double minutes, boolean elapsed) {
        if (elapsed) {
            return Duration.getInstance(minutes / 1440.0, TimeUnit.ELAPSED_DAYS);
        }
        return Duration.getInstance(minutes / (double) MINUTES_PER_DAY, TimeUnit.DAYS);
    }

    private static Duration lag(Lag lag) {
        return switch (lag.unit()) {
            case PERCENT -> Duration.getInstance(lag.value(), TimeUnit.PERCENT);
            case ELAPSED_MINUTES -> Duration.getInstance(lag.value() / 1440.0, TimeUnit.ELAPSED_DAYS);
            case WORKING_MINUTES -> lag.value() % MINUTES_PER_DAY == 0
                    ? Duration.getInstance(lag.value() / MINUTES_PER_DAY, TimeUnit.DAYS)
                    : Duration.getInstance(lag.value() / 60.0, TimeUnit.HOURS);
        };
    }

    private static RelationType type(Dependency d) {
        return switch (d.type()) {
            case FINISH_TO_START -> RelationType.FINISH_START;
            case START_TO_START -> RelationType.START_START;
            case FINISH_TO_FINISH -> RelationType.FINISH_FINISH;
            case START_TO_FINISH -> RelationType.START_FINISH;
        };
    }

    private static org.mpxj.ConstraintType constraintType(ConstraintType t) {
        return switch (t) {
            case AS_SOON_AS_POSSIBLE -> org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE;
            case AS_LATE_AS_POSSIBLE -> org.mpxj.ConstraintType.AS_LATE_AS_POSSIBLE;
            case START_NO_EARLIER_THAN -> org.mpxj.ConstraintType.START_NO_EARLIER_THAN;
            case START_NO_LATER_THAN -> org.mpxj.ConstraintType.START_NO_LATER_THAN;
            case FINISH_NO_EARLIER_THAN -> org.mpxj.ConstraintType.FINISH_NO_EARLIER_THAN;
            case FINISH_NO_LATER_THAN -> org.mpxj.ConstraintType.FINISH_NO_LATER_THAN;
            case MUST_START_ON -> org.mpxj.ConstraintType.MUST_START_ON;
            case MUST_FINISH_ON -> org.mpxj.ConstraintType.MUST_FINISH_ON;
        };
    }

    /** Keeps numeric ids as UniqueIDs and gives the others fresh numbers that do not collide. */
    private static final class IdAllocator {
        private final Map<String, Integer> assigned = new HashMap<>();
        private int next;

        IdAllocator(Iterable<String> ids) {
            int max = 0;
            for (String id : ids) {
                if (isNumeric(id)) {
                    int v = Integer.parseInt(id);
                    assigned.put(id, v);
                    max = Math.max(max, v);
                }
            }
            next = max + 1;
        }

        int of(String id) {
            return Objects.requireNonNull(assigned.computeIfAbsent(id, k -> next++));
        }

        static boolean isNumeric(String id) {
            if (id == null || id.isEmpty() || id.length() > 9) {
                return false;
            }
            for (int i = 0; i < id.length(); i++) {
                if (!Character.isDigit(id.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
