package dev.gantry.scheduling.mpxj;

import org.mpxj.ConstraintType;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.RecurrenceType;
import org.mpxj.RecurringData;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random MS Project-style networks as MPXJ projects, reproducibly from a seed: calendars with
 * holidays, working exceptions and recurring exceptions, summary tasks, all link types with lags, leads,
 * percent and elapsed lags, every constraint type, milestones and elapsed durations.
 */
final class RandomNetworks {

    /** Which features a network may use; lets tests isolate behaviours. */
    record Features(boolean summaries, boolean summaryLinks, boolean constraints, boolean alap, boolean elapsed,
                    boolean percentLags, boolean extraCalendars, boolean progress) {
        static Features all() {
            return new Features(true, true, true, true, true, true, true, true);
        }
    }

    private static final ConstraintType[] CONSTRAINTS = {
        ConstraintType.START_NO_EARLIER_THAN, ConstraintType.START_NO_LATER_THAN, ConstraintType.FINISH_NO_EARLIER_THAN,
        ConstraintType.FINISH_NO_LATER_THAN, ConstraintType.MUST_START_ON, ConstraintType.MUST_FINISH_ON};
    private static final RelationType[] TYPES = {
        RelationType.FINISH_START, RelationType.START_START, RelationType.FINISH_FINISH, RelationType.START_FINISH};

    private RandomNetworks() {
    }

    static ProjectFile generate(long seed, Features f) {
        Random r = new Random(seed);
        ProjectFile file = new ProjectFile();
        LocalDateTime start = LocalDate.of(2025, 1, 6).plusDays(r.nextInt(60)).atTime(8, 0);
        file.getProjectProperties().setStartDate(start);
        ProjectCalendar standard = file.addDefaultBaseCalendar();
        file.setDefaultCalendar(standard);
        addExceptions(r, standard, start.toLocalDate());
        List<ProjectCalendar> calendars = new ArrayList<>();
        calendars.add(standard);
        if (f.extraCalendars()) {
            calendars.add(sixDayWeek(file, r, start.toLocalDate()));
            calendars.add(derivedCalendar(file, standard, r, start.toLocalDate()));
        }

        int count = 5 + r.nextInt(36);
        List<Task> all = new ArrayList<>();
        List<Task> summaries = new ArrayList<>();
        Task currentSummary = null;
        int uid = 1;
        for (int i = 0; i < count; i++) {
            Task t;
            if (f.summaries() && currentSummary != null && r.nextInt(3) > 0) {
                t = currentSummary.addTask();
            } else {
                t = file.addTask();
                currentSummary = null;
            }
            t.setUniqueID(uid);
            t.setID(uid);
            uid++;
            t.setName("T" + t.getUniqueID());
            if (f.summaries() && r.nextInt(7) == 0 && i < count - 2) {
                t.setSummary(true);
                t.setName("S" + t.getUniqueID());
                summaries.add(t);
                currentSummary = t;
            }
            all.add(t);
        }
        for (Task t : all) {
            if (t.getSummary() && t.getChildTasks().isEmpty()) {
                t.setSummary(false);
            }
            setTaskData(r, f, t, start, calendars);
        }
        List<Task> leaves = all.stream().filter(t -> !t.getSummary()).toList();
        for (int j = 1; j < all.size(); j++) {
            Task succ = all.get(j);
            int links = r.nextInt(3);
            for (int l = 0; l < links; l++) {
                Task pred = all.get(r.nextInt(j));
                if (!f.summaryLinks() && (pred.getSummary() || succ.getSummary())) {
                    continue;
                }
                if (isAncestor(pred, succ) || isAncestor(succ, pred) || pred == succ || linked(pred, succ)) {
                    continue;
                }
                succ.addPredecessor(new Relation.Builder().predecessorTask(pred).type(TYPES[r.nextInt(TYPES.length)]).lag(lag(r, f)));
            }
        }
        if (leaves.isEmpty()) {
            throw new IllegalStateException("no leaves");
        }
        if (f.progress()) {
            addProgress(r, leaves, start);
        }
        return file;
    }

    /**
     * Progress on some tasks without predecessors: started before the project start, some complete, some
     * half done (actual and remaining durations consistent with percent complete, as MS Project keeps them).
     */
    private static void addProgress(Random r, List<Task> leaves, LocalDateTime start) {
        for (Task t : leaves) {
            if (!t.getPredecessors().isEmpty() || t.getDuration().getUnits().isElapsed() || t.getDuration().getDuration() == 0
                    || r.nextInt(6) != 0) {
                continue;
            }
            ProjectCalendar cal = t.getEffectiveCalendar();
            LocalDateTime actualStart = cal.getNextWorkStart(start.minusDays(1 + r.nextInt(10)));
            t.setActualStart(actualStart);
            t.setStart(actualStart);
            Duration d = t.getDuration();
            if (r.nextBoolean()) {
                t.setActualFinish(cal.getDate(actualStart, d));
                t.setPercentageComplete(100);
                t.setActualDuration(d);
                t.setRemainingDuration(Duration.getInstance(0, d.getUnits()));
            } else {
                t.setPercentageComplete(50);
                t.setActualDuration(Duration.getInstance(d.getDuration() / 2, d.getUnits()));
                t.setRemainingDuration(Duration.getInstance(d.getDuration() / 2, d.getUnits()));
            }
            t.setConstraintType(ConstraintType.AS_SOON_AS_POSSIBLE);
            t.setConstraintDate(null);
        }
    }

    private static boolean linked(Task a, Task b) {
        return b.getPredecessors().stream().anyMatch(rel -> rel.getPredecessorTask() == a)
                || a.getPredecessors().stream().anyMatch(rel -> rel.getPredecessorTask() == b);
    }

    private static boolean isAncestor(Task ancestor, Task t) {
        for (Task p = t.getParentTask(); p != null; p = p.getParentTask()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void setTaskData(Random r, Features f, Task t, LocalDateTime start, List<ProjectCalendar> calendars) {
        t.setTaskMode(TaskMode.AUTO_SCHEDULED);
        Duration d;
        int kind = r.nextInt(10);
        if (kind == 0) {
            d = Duration.getInstance(0, TimeUnit.DAYS);
            t.setMilestone(true);
        } else if (kind == 1) {
            d = Duration.getInstance(1 + r.nextInt(30), TimeUnit.HOURS);
        } else if (kind == 2 && f.elapsed()) {
            d = Duration.getInstance(1 + r.nextInt(6), TimeUnit.ELAPSED_DAYS);
        } else {
            d = Duration.getInstance(1 + r.nextInt(10), TimeUnit.DAYS);
        }
        t.setDuration(d);
        t.setActualDuration(Duration.getInstance(0, d.getUnits()));
        t.setRemainingDuration(d);
        t.setPercentageComplete(0);
        if (!t.getSummary() && calendars.size() > 1 && r.nextInt(5) == 0) {
            t.setCalendar(calendars.get(1 + r.nextInt(calendars.size() - 1)));
        }
        t.setConstraintType(ConstraintType.AS_SOON_AS_POSSIBLE);
        if (t.getSummary()) {
            return;
        }
        int c = r.nextInt(10);
        if (f.constraints() && c < 2) {
            ConstraintType type = CONSTRAINTS[r.nextInt(CONSTRAINTS.length)];
            LocalDateTime date = start.toLocalDate().plusDays(r.nextInt(40)).atTime(r.nextBoolean() ? LocalTime.of(8, 0) : LocalTime.of(17, 0));
            t.setConstraintType(type);
            t.setConstraintDate(date);
        } else if (f.alap() && c == 2) {
            t.setConstraintType(ConstraintType.AS_LATE_AS_POSSIBLE);
        }
    }

    private static Duration lag(Random r, Features f) {
        int k = r.nextInt(10);
        if (k < 4) {
            return Duration.getInstance(0, TimeUnit.DAYS);
        }
        if (k < 6) {
            return Duration.getInstance(1 + r.nextInt(5), TimeUnit.DAYS);
        }
        if (k == 6) {
            return Duration.getInstance(-(1 + r.nextInt(3)), TimeUnit.DAYS);
        }
        if (k == 7) {
            return Duration.getInstance(r.nextInt(17) - 4, TimeUnit.HOURS);
        }
        if (k == 8 && f.percentLags()) {
            return Duration.getInstance((r.nextInt(8) - 2) * 25, TimeUnit.PERCENT);
        }
        if (f.elapsed()) {
            return Duration.getInstance(1 + r.nextInt(4), TimeUnit.ELAPSED_DAYS);
        }
        return Duration.getInstance(2, TimeUnit.DAYS);
    }

    private static void addExceptions(Random r, ProjectCalendar cal, LocalDate around) {
        int holidays = r.nextInt(4);
        for (int h = 0; h < holidays; h++) {
            LocalDate d = around.plusDays(r.nextInt(60));
            LocalDate end = r.nextInt(3) == 0 ? d.plusDays(r.nextInt(4)) : d;
            // MS Project does not allow overlapping exceptions.
            if (d.datesUntil(end.plusDays(1)).noneMatch(day -> cal.getCalendarExceptions().stream().anyMatch(e -> e.contains(day)))) {
                cal.addCalendarException(d, end);
            }
        }
        if (r.nextInt(4) == 0) {
            LocalDate saturday = around.plusDays(r.nextInt(50));
            while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
                saturday = saturday.plusDays(1);
            }
            LocalDate workSaturday = saturday;
            if (cal.getCalendarExceptions().stream().noneMatch(e -> e.contains(workSaturday))) {
                ProjectCalendarException e = cal.addCalendarException(workSaturday, workSaturday);
                e.add(new LocalTimeRange(LocalTime.of(9, 0), LocalTime.of(13, 0)));
            }
        }
        if (r.nextInt(4) == 0) {
            RecurringData rd = new RecurringData();
            rd.setRecurrenceType(RecurrenceType.WEEKLY);
            rd.setFrequency(1);
            rd.setWeeklyDay(DayOfWeek.of(1 + r.nextInt(5)), true);
            rd.setStartDate(around.plusDays(r.nextInt(20)));
            rd.setOccurrences(2 + r.nextInt(5));
            rd.setUseEndDate(false);
            LocalDate[] dates = rd.getDates();
            boolean clash = false;
            for (LocalDate d : dates) {
                clash |= cal.getCalendarExceptions().stream().anyMatch(e -> e.contains(d));
            }
            if (!clash) {
                cal.addCalendarException(rd);
            }
        }
    }

    private static ProjectCalendar sixDayWeek(ProjectFile file, Random r, LocalDate around) {
        ProjectCalendar cal = file.addCalendar();
        cal.setName("Six days");
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d == DayOfWeek.SUNDAY) {
                cal.setCalendarDayType(d, DayType.NON_WORKING);
            } else {
                cal.setCalendarDayType(d, DayType.WORKING);
                ProjectCalendarHours hours = cal.addCalendarHours(d);
                hours.add(new LocalTimeRange(LocalTime.of(7, 0), LocalTime.of(11, 0)));
                hours.add(new LocalTimeRange(LocalTime.of(12, 0), LocalTime.of(15, 30)));
            }
        }
        addExceptions(r, cal, around);
        return cal;
    }

    private static ProjectCalendar derivedCalendar(ProjectFile file, ProjectCalendar base, Random r, LocalDate around) {
        ProjectCalendar cal = file.addCalendar();
        cal.setName("Part time");
        cal.setParent(base);
        for (DayOfWeek d : DayOfWeek.values()) {
            cal.setCalendarDayType(d, DayType.DEFAULT);
        }
        cal.setCalendarDayType(DayOfWeek.FRIDAY, DayType.NON_WORKING);
        cal.setCalendarDayType(DayOfWeek.WEDNESDAY, DayType.WORKING);
        cal.addCalendarHours(DayOfWeek.WEDNESDAY).add(new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)));
        addExceptions(r, cal, around);
        return cal;
    }
}
