package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiled calendars kept between runs: a project is rescheduled many times with the same calendars, and
 * compiling a calendar (expanding exceptions, laying out days) costs more than scheduling a small plan.
 * Keyed by the calendar with its ancestors, by value, so an edited calendar compiles afresh. Bounded (LRU).
 */
final class CalendarCache {

    private static final int MAX_ENTRIES = 256;

    private final Map<List<WorkingCalendar>, CalendarTimeline> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<WorkingCalendar>, CalendarTimeline> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized CalendarTimeline get(List<WorkingCalendar> chain, LocalDate anchor) {
        return cache.computeIfAbsent(List.copyOf(chain), c -> CalendarTimeline.compile(c, anchor));
    }
}
