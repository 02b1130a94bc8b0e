package dev.gantry.scheduling.mpxj;

import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.TaskSchedule;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares Gantry's schedule with the dates stored in (or computed into) an MPXJ project, task by task
 * (by UniqueID): dates agree when less than one working minute apart on the task's calendar, total slack
 * to the minute.
 */
final class ScheduleComparison {

    record Difference(int uniqueId, String name, String field, Object expected, Object actual) {
        @Override
        public String toString() {
            String unit = expected instanceof Long ? " min" : "";
            return "task " + uniqueId + " '" + name + "' " + field + ": expected " + expected + unit + ", Gantry " + actual + unit;
        }
    }

    /**
     * {@code compared}: tasks of the file found in Gantry's schedule and compared, {@code leaves} of them not summary
     * tasks; {@code missing}: UniqueIDs of the file's tasks that Gantry's schedule does not have, so were not compared.
     */
    record Outcome(int compared, int leaves, List<Integer> missing, int differing, List<Difference> differences,
                   DateAgreement dates) {
        Optional<Difference> first() {
            return differences.stream().findFirst();
        }
    }

    /**
     * How closely the dates that agree (less than a working minute apart) agree: how many of all dates compared are
     * equal to the second in working time, and the largest gap in working seconds among the other agreeing ones. MS Project keeps times to a tenth
     * of a minute, so a fraction carried through a chain shows here before it shows as a difference.
     */
    static final class DateAgreement {
        int compared;
        int exact;
        long largestGapSeconds;

        void add(DateAgreement other) {
            compared += other.compared;
            exact += other.exact;
            largestGapSeconds = Math.max(largestGapSeconds, other.largestGapSeconds);
        }

        @Override
        public String toString() {
            return exact + " of " + compared + " dates to the second, largest gap of the others " + largestGapSeconds + " s";
        }
    }

    private ScheduleComparison() {
    }

    static Outcome compare(ProjectFile expected, ScheduleResult actual, boolean compareSlack) {
        int compared = 0;
        int leaves = 0;
        List<Integer> missing = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        List<Integer> differingTasks = new ArrayList<>();
        DateAgreement dates = new DateAgreement();
        for (Task t : expected.getTasks()) {
            if (t.getUniqueID() == null || t.getNull() || (t.getID() != null && t.getID() == 0) || t.getName() == null && t.getStart() == null) {
                continue;
            }
            Optional<TaskSchedule> mine = actual.find(String.valueOf(t.getUniqueID()));
            if (mine.isEmpty()) {
                missing.add(t.getUniqueID());
                continue;
            }
            compared++;
            if (!t.getSummary()) {
                leaves++;
            }
            TaskSchedule s = mine.get();
            ProjectCalendar cal = t.getEffectiveCalendar();
            List<Difference> here = new ArrayList<>();
            date(here, dates, t, cal, "earlyStart", t.getEarlyStart(), s.earlyStart());
            date(here, dates, t, cal, "earlyFinish", t.getEarlyFinish(), s.earlyFinish());
            date(here, dates, t, cal, "start", t.getStart(), s.start());
            date(here, dates, t, cal, "finish", t.getFinish(), s.finish());
            date(here, dates, t, cal, "lateStart", t.getLateStart(), s.lateStart());
            date(here, dates, t, cal, "lateFinish", t.getLateFinish(), s.lateFinish());
            if (compareSlack) {
                Duration slack = t.getTotalSlack();
                if (slack != null) {
                    long expectedMinutes = Math.round(slack.convertUnits(slack.getUnits().isElapsed() ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES,
                            expected.getProjectProperties()).getDuration());
                    if (Math.abs(expectedMinutes - s.totalSlackMinutes()) >= 1) {
                        here.add(new Difference(t.getUniqueID(), t.getName(), "totalSlack", expectedMinutes, s.totalSlackMinutes()));
                    }
                }
            }
            if (!here.isEmpty()) {
                differingTasks.add(t.getUniqueID());
                differences.addAll(here);
            }
        }
        return new Outcome(compared, leaves, missing, differingTasks.size(), differences, dates);
    }

    private static void date(List<Difference> out, DateAgreement dates, Task t, ProjectCalendar cal, String field,
                             LocalDateTime expected, LocalDateTime actual) {
        if (expected == null) {
            return;
        }
        dates.compared++;
        if (actual == null) {
            out.add(new Difference(t.getUniqueID(), t.getName(), field, expected, null));
            return;
        }
        if (expected.isEqual(actual)) {
            dates.exact++;
            return;
        }
        double work = Math.abs(cal.getWork(expected, actual, TimeUnit.MINUTES).getDuration());
        if (work >= 1) {
            out.add(new Difference(t.getUniqueID(), t.getName(), field, expected, actual));
        } else if (work * 60 < 1) {
            dates.exact++; // the same working time: Friday 17:00 and Monday 08:00, say
        } else {
            dates.largestGapSeconds = Math.max(dates.largestGapSeconds, Math.round(work * 60));
        }
    }
}
