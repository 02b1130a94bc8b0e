package dev.gantry.scheduling.mpxj;

import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.model.ProjectPlan;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares, day by day, the working time of every calendar of a file as MPXJ reads it with the engine's
 * converted calendar: weekdays, inheritance, exceptions and recurring exceptions. Covers the project's
 * first years and every exception's dates.
 */
final class CalendarComparison {

    private CalendarComparison() {
    }

    static List<String> compare(ProjectFile file, ProjectPlan plan) {
        Map<String, WorkingCalendar> byId = new HashMap<>();
        plan.calendars().forEach(c -> byId.put(c.id(), c));
        List<String> differences = new ArrayList<>();
        LocalDate start = file.getProjectProperties().getStartDate() == null ? LocalDate.of(2020, 1, 1)
                : file.getProjectProperties().getStartDate().toLocalDate();
        for (ProjectCalendar calendar : file.getCalendars()) {
            List<WorkingCalendar> chain = new ArrayList<>();
            for (WorkingCalendar c = byId.get(CalendarConverter.id(calendar)); c != null; c = c.parentId() == null ? null : byId.get(c.parentId())) {
                chain.add(c);
            }
            if (chain.isEmpty()) {
                differences.add("calendar " + calendar.getName() + " not converted");
                continue;
            }
            CalendarTimeline mine = CalendarTimeline.compile(chain, start);
            LocalDate from = start.minusYears(1);
            LocalDate to = start.plusYears(3);
            for (ProjectCalendar c = calendar; c != null; c = c.getParent()) {
                for (ProjectCalendarException e : c.getCalendarExceptions()) {
                    for (ProjectCalendarException x : e.getExpandedExceptions()) {
                        from = min(from, x.getFromDate());
                        to = max(to, x.getToDate().plusDays(1));
                    }
                }
            }
            to = min(to, from.plusYears(30));
            for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                String theirs = describe(calendar, d);
                String ours = mine.describeDay(d);
                if (!theirs.equals(ours)) {
                    differences.add(calendar.getName() + " on " + d + ": MPXJ " + theirs + ", Gantry " + ours);
                }
            }
        }
        return differences;
    }

    private static String describe(ProjectCalendar calendar, LocalDate d) {
        List<String> parts = new ArrayList<>();
        for (LocalTimeRange r : calendar.getHours(d)) {
            if (r.getStart() == null || r.getEnd() == null) {
                continue;
            }
            LocalTime end = r.getEnd();
            parts.add(String.format("%02d:%02d-%s", r.getStart().getHour(), r.getStart().getMinute(),
                    end.equals(LocalTime.MIDNIGHT) ? "24:00" : String.format("%02d:%02d", end.getHour(), end.getMinute())));
        }
        return String.join(" ", parts);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
