package dev.gantry.scheduling.mpxj;

import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.Recurrence;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.calendar.WorkingPeriod;
import org.mpxj.DayType;
import org.mpxj.LocalDateRange;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectCalendarWeek;
import org.mpxj.RecurringData;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MPXJ calendars to engine calendars. Weekday types map directly (DEFAULT = inherited from the base
 * calendar); alternate work weeks become per-day exceptions (overridden by real exceptions, as in MS
 * Project); recurring exceptions keep their recurrence when the engine expands it to the same dates as
 * MS Project does, else they are expanded here.
 */
final class CalendarConverter {

    private final Map<String, WorkingCalendar> converted = new LinkedHashMap<>();
    private int expandedRecurrences;
    private int keptRecurrences;

    /**
     * Converts a calendar MPXJ computes on the fly (no UniqueID: a task calendar combined with a resource
     * calendar) by sampling its working hours day by day around the project: each weekday takes its most
     * frequent hours and the days that differ become exceptions. Exact within the sampled range.
     */
    String convertComputed(ProjectCalendar calendar, String id, LocalDate from, LocalDate to) {
        if (converted.containsKey(id)) {
            return id;
        }
        Map<DayOfWeek, Map<List<WorkingPeriod>, Integer>> counts = new LinkedHashMap<>();
        Map<LocalDate, List<WorkingPeriod>> byDate = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<WorkingPeriod> periods = periods(calendar.getHours(d));
            byDate.put(d, periods);
            counts.computeIfAbsent(d.getDayOfWeek(), k -> new LinkedHashMap<>()).merge(periods, 1, Integer::sum);
        }
        WorkingCalendar.Builder b = WorkingCalendar.builder(id).name(calendar.getName());
        Map<DayOfWeek, List<WorkingPeriod>> usual = new LinkedHashMap<>();
        counts.forEach((day, c) -> {
            List<WorkingPeriod> most = c.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            usual.put(day, most);
            b.workingDays(most, day);
        });
        byDate.forEach((d, periods) -> {
            if (!periods.equals(usual.get(d.getDayOfWeek()))) {
                b.exception(new CalendarException(null, d, d, periods, null));
            }
        });
        converted.put(id, b.build());
        return id;
    }

    /** Converts the calendar and its ancestors (once each); returns its engine id. */
    String convert(ProjectCalendar calendar) {
        List<ProjectCalendar> chain = new ArrayList<>();
        for (ProjectCalendar c = calendar; c != null && !converted.containsKey(id(c)); c = c.getParent()) {
            chain.add(c);
        }
        for (ProjectCalendar c : chain) {
            converted.put(id(c), toEngine(c));
        }
        return id(calendar);
    }

    static String id(ProjectCalendar calendar) {
        return String.valueOf(calendar.getUniqueID());
    }

    List<WorkingCalendar> calendars() {
        return List.copyOf(converted.values());
    }

    int keptRecurrences() {
        return keptRecurrences;
    }

    int expandedRecurrences() {
        return expandedRecurrences;
    }

    private WorkingCalendar toEngine(ProjectCalendar c) {
        WorkingCalendar.Builder b = WorkingCalendar.builder(id(c)).name(c.getName());
        if (c.getParent() != null) {
            b.parent(id(c.getParent()));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            DayType type = c.getCalendarDayType(day);
            if (type == DayType.WORKING) {
                b.workingDays(periods(c.getCalendarHours(day)), day);
            } else if (type == DayType.NON_WORKING || c.getParent() == null) {
                b.nonWorkingDays(day);
            }
        }
        for (ProjectCalendarWeek week : c.getWorkWeeks()) {
            addWorkWeek(b, week);
        }
        for (ProjectCalendarException e : c.getCalendarExceptions()) {
            addException(b, e);
        }
        return b.build();
    }

    private static void addWorkWeek(WorkingCalendar.Builder b, ProjectCalendarWeek week) {
        LocalDateRange range = week.getDateRange();
        if (range == null || range.getStart() == null || range.getEnd() == null) {
            return;
        }
        Map<DayOfWeek, List<WorkingPeriod>> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            DayType type = week.getCalendarDayType(day);
            if (type == DayType.WORKING) {
                days.put(day, periods(week.getCalendarHours(day)));
            } else if (type == DayType.NON_WORKING) {
                days.put(day, List.of());
            }
        }
        for (Map.Entry<DayOfWeek, List<WorkingPeriod>> e : days.entrySet()) {
            Recurrence weekly = Recurrence.weekly(1, Set.of(e.getKey()), 0);
            b.exception(CalendarException.recurring(week.getName(), range.getStart(), range.getEnd(), e.getValue(), weekly));
        }
    }

    private void addException(WorkingCalendar.Builder b, ProjectCalendarException e) {
        List<WorkingPeriod> periods = e.getWorking() ? periods(e) : List.of();
        RecurringData r = e.getRecurring();
        if (r == null) {
            b.exception(new CalendarException(e.getName(), e.getFromDate(), e.getToDate(), periods, null));
            return;
        }
        Recurrence recurrence = recurrence(r);
        LocalDate[] mpxjDates = r.getDates();
        if (recurrence != null && mpxjDates.length > 0) {
            LocalDate last = r.getUseEndDate() ? r.getFinishDate() : null;
            CalendarException mine = new CalendarException(e.getName(), r.getStartDate(), last, periods, recurrence);
            if (mine.days().equals(Arrays.asList(mpxjDates))) {
                b.exception(mine);
                keptRecurrences++;
                return;
            }
        }
        expandedRecurrences++;
        for (LocalDate d : mpxjDates) {
            b.exception(new CalendarException(e.getName(), d, d, periods, null));
        }
    }

    private static Recurrence recurrence(RecurringData r) {
        if (r.getRecurrenceType() == null || r.getStartDate() == null) {
            return null;
        }
        int frequency = r.getFrequency() == null ? 1 : r.getFrequency();
        int occurrences = r.getUseEndDate() || r.getOccurrences() == null ? 0 : r.getOccurrences();
        int dayNumber = r.getDayNumber() == null ? 1 : r.getDayNumber();
        Month month = r.getMonthNumber() == null ? null : Month.of(r.getMonthNumber());
        switch (r.getRecurrenceType()) {
            case DAILY:
                return Recurrence.daily(frequency, occurrences);
            case WEEKLY: {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (r.getWeeklyDay(d)) {
                        days.add(d);
                    }
                }
                return Recurrence.weekly(frequency, days, occurrences);
            }
            case MONTHLY:
                return r.getRelative() ? Recurrence.monthlyOnWeekday(frequency, dayNumber, r.getDayOfWeek(), occurrences)
                        : Recurrence.monthlyOnDay(frequency, dayNumber, occurrences);
            case YEARLY:
                if (month == null) {
                    return null;
                }
                return r.getRelative() ? Recurrence.yearlyOnWeekday(month, dayNumber, r.getDayOfWeek(), occurrences)
                        : Recurrence.yearlyOnDate(month, dayNumber, occurrences);
            default:
                return null;
        }
    }

    static List<WorkingPeriod> periods(ProjectCalendarHours hours) {
        List<WorkingPeriod> out = new ArrayList<>();
        if (hours != null) {
            for (LocalTimeRange r : hours) {
                if (r.getStart() != null && r.getEnd() != null) {
                    out.add(new WorkingPeriod(r.getStart(), r.getEnd()));
                }
            }
        }
        return out;
    }
}
