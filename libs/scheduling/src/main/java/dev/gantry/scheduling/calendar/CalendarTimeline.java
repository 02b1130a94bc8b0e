package dev.gantry.scheduling.calendar;

import dev.gantry.scheduling.error.WorkingTimeExhaustedException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A calendar compiled for fast arithmetic on instants expressed as seconds since 1970-01-01T00:00
 * (local time, see {@link Seconds}); amounts of working time are in seconds too.
 * <p>
 * Every day of a window gets a {@link DayPattern} and the cumulative number of working seconds before it,
 * counted from a fixed anchor day. A "work position" is such a cumulative count; converting an instant to
 * its position and back is a lookup plus a short scan of the day's intervals, and adding working time is
 * a galloping search over the cumulative array. The window grows on demand (immutable snapshots, so a
 * compiled calendar can be shared between threads and cached).
 * <p>
 * A position maps back to two instants when it falls between working periods: the <em>finish form</em>
 * (end of the previous period, e.g. 17:00) and the <em>start form</em> (start of the next, e.g. 08:00 the
 * next working day). MS Project uses the former for finishes and the latter for starts.
 */
public final class CalendarTimeline {

    /** How far from the anchor the window may grow (about 3,000 years) before giving up. */
    private static final long MAX_DAYS_FROM_ANCHOR = 1_100_000L;
    private static final int INITIAL_DAYS_BEFORE = 400;
    private static final int INITIAL_DAYS_AFTER = 3_000;

    private final String calendarId;
    private final DayPattern[] weekPatterns; // index DayOfWeek.getValue() - 1
    private final long[] exceptionDays;      // sorted epoch days
    private final DayPattern[] exceptionPatterns;
    private final long anchorDay;
    private volatile Window window;

    private CalendarTimeline(String calendarId, DayPattern[] weekPatterns, TreeMap<Long, DayPattern> exceptions, long anchorDay) {
        this.calendarId = calendarId;
        this.weekPatterns = weekPatterns;
        this.exceptionDays = new long[exceptions.size()];
        this.exceptionPatterns = new DayPattern[exceptions.size()];
        int i = 0;
        for (Map.Entry<Long, DayPattern> e : exceptions.entrySet()) {
            exceptionDays[i] = e.getKey();
            exceptionPatterns[i++] = e.getValue();
        }
        this.anchorDay = anchorDay;
        this.window = build(anchorDay - INITIAL_DAYS_BEFORE, anchorDay + INITIAL_DAYS_AFTER);
    }

    /**
     * Compiles a calendar, resolving inheritance: {@code chain} is the calendar followed by its parent,
     * grandparent... (validated to be acyclic and complete).
     */
    public static CalendarTimeline compile(List<WorkingCalendar> chain, LocalDate anchor) {
        DayPattern[] week = new DayPattern[7];
        Map<DayPattern, DayPattern> interned = new HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            DayPattern p = DayPattern.NON_WORKING;
            for (WorkingCalendar c : chain) {
                List<WorkingPeriod> periods = c.weekDays().get(d);
                if (periods != null) {
                    p = DayPattern.of(periods);
                    break;
                }
            }
            week[d.getValue() - 1] = interned.computeIfAbsent(p, x -> x);
        }
        TreeMap<Long, DayPattern> exceptions = new TreeMap<>();
        // Root first, so that a derived calendar's own exceptions override its parent's on the same day.
        for (int i = chain.size() - 1; i >= 0; i--) {
            for (CalendarException e : chain.get(i).exceptions()) {
                DayPattern p = interned.computeIfAbsent(DayPattern.of(e.periods()), x -> x);
                for (LocalDate day : e.days()) {
                    exceptions.put(day.toEpochDay(), p);
                }
            }
        }
        return new CalendarTimeline(chain.get(0).id(), week, exceptions, anchor.toEpochDay());
    }

    /**
     * True when the resolved normal week or some exception of the calendar or its ancestors has working
     * time. Looks at the definitions only: no days are laid out.
     */
    public static boolean hasWorkingTime(List<WorkingCalendar> chain) {
        for (DayOfWeek d : DayOfWeek.values()) {
            for (WorkingCalendar c : chain) {
                List<WorkingPeriod> periods = c.weekDays().get(d);
                if (periods != null) {
                    if (DayPattern.of(periods).workSeconds > 0) {
                        return true;
                    }
                    break;
                }
            }
        }
        for (WorkingCalendar c : chain) {
            for (CalendarException e : c.exceptions()) {
                if (DayPattern.of(e.periods()).workSeconds > 0 && !e.days().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    public String calendarId() {
        return calendarId;
    }

    /** Working seconds between two instants; negative when {@code to} is before {@code from}. */
    public long workBetween(long from, long to) {
        return position(to) - position(from);
    }

    /** The instant itself when it is within a working period, else the start of the next working period. */
    public long nextWorkStart(long t) {
        return startForm(position(t), dayOf(t));
    }

    /** The instant itself when it is within or at the end of a working period, else the end of the previous one. */
    public long previousWorkFinish(long t) {
        return finishForm(position(t), dayOf(t));
    }

    /**
     * Adds working seconds. A positive amount gives the finish form of the result (17:00, not 08:00 the
     * next day), a negative amount the start form; zero returns {@code t} unchanged.
     */
    public long addWork(long t, long seconds) {
        if (seconds == 0) {
            return t;
        }
        long target = position(t) + seconds;
        return seconds > 0 ? finishForm(target, dayOf(t)) : startForm(target, dayOf(t));
    }

    /** Work position of an instant: working seconds from the anchor day's midnight to {@code t}. */
    public long position(long t) {
        long day = Math.floorDiv(t, Seconds.PER_DAY);
        int second = (int) (t - day * Seconds.PER_DAY);
        Window w = window;
        long offset = day - w.firstDay;
        if (offset < 0 || offset >= w.patterns.length) {
            w = covering(day);
            offset = day - w.firstDay;
        }
        int d = (int) offset;
        return w.cumulative[d] + w.patterns[d].workBefore(second);
    }

    private static long dayOf(long t) {
        return Math.floorDiv(t, Seconds.PER_DAY);
    }

    /** Earliest instant at which the working second after position {@code p} begins. */
    public long startForm(long p) {
        return startForm(p, anchorDay);
    }

    /** Earliest instant at which position {@code p} is reached (the end of a working second). */
    public long finishForm(long p) {
        return finishForm(p, anchorDay);
    }

    /** As {@link #startForm(long)}; the search for the day starts at {@code hintDay} (usually close to the answer). */
    private long startForm(long p, long hintDay) {
        while (true) {
            Window w = window;
            int n = w.patterns.length;
            if (p < w.cumulative[0]) {
                growBackward(w);
                continue;
            }
            int d = w.firstDayReaching(p, false, (int) Math.max(0, Math.min(n - 1, hintDay - w.firstDay)));
            if (d >= n) {
                growForward(w);
                continue;
            }
            long r = p - w.cumulative[d];
            int[] b = w.patterns[d].bounds;
            for (int i = 0; i < b.length; i += 2) {
                int len = b[i + 1] - b[i];
                if (r < len) {
                    return (w.firstDay + d) * Seconds.PER_DAY + b[i] + r;
                }
                r -= len;
            }
            throw new IllegalStateException("position not within day");
        }
    }

    private long finishForm(long p, long hintDay) {
        while (true) {
            Window w = window;
            int n = w.patterns.length;
            if (p <= w.cumulative[0]) {
                growBackward(w);
                continue;
            }
            int d = w.firstDayReaching(p, true, (int) Math.max(0, Math.min(n - 1, hintDay - w.firstDay)));
            if (d >= n) {
                growForward(w);
                continue;
            }
            long r = p - w.cumulative[d];
            int[] b = w.patterns[d].bounds;
            for (int i = 0; i < b.length; i += 2) {
                int len = b[i + 1] - b[i];
                if (r <= len) {
                    return (w.firstDay + d) * Seconds.PER_DAY + b[i] + r;
                }
                r -= len;
            }
            throw new IllegalStateException("position not within day");
        }
    }

    private Window covering(long day) {
        Window w = window;
        while (day < w.firstDay || day >= w.firstDay + w.patterns.length) {
            if (day < w.firstDay) {
                growBackward(w);
            } else {
                growForward(w);
            }
            w = window;
        }
        return w;
    }

    private synchronized void growForward(Window seen) {
        if (window != seen) {
            return;
        }
        long end = seen.firstDay + seen.patterns.length;
        long newEnd = end + Math.max(INITIAL_DAYS_AFTER, seen.patterns.length);
        if (newEnd - anchorDay > MAX_DAYS_FROM_ANCHOR) {
            throw new WorkingTimeExhaustedException(calendarId, "after " + LocalDate.ofEpochDay(end));
        }
        window = build(seen.firstDay, newEnd);
    }

    private synchronized void growBackward(Window seen) {
        if (window != seen) {
            return;
        }
        long newFirst = seen.firstDay - Math.max(INITIAL_DAYS_BEFORE, seen.patterns.length / 2);
        if (anchorDay - newFirst > MAX_DAYS_FROM_ANCHOR) {
            throw new WorkingTimeExhaustedException(calendarId, "before " + LocalDate.ofEpochDay(seen.firstDay));
        }
        window = build(newFirst, seen.firstDay + seen.patterns.length);
    }

    private Window build(long firstDay, long endDay) {
        int n = (int) (endDay - firstDay);
        DayPattern[] patterns = new DayPattern[n];
        long[] cumulative = new long[n + 1];
        int ex = Arrays.binarySearch(exceptionDays, firstDay);
        if (ex < 0) {
            ex = -ex - 1;
        }
        // DayOfWeek of epoch day 0 (1970-01-01) is Thursday (index 3).
        int weekIndex = (int) Math.floorMod(firstDay + 3, 7L);
        long anchorCumulative = 0;
        for (int i = 0; i < n; i++) {
            long day = firstDay + i;
            DayPattern p;
            if (ex < exceptionDays.length && exceptionDays[ex] == day) {
                p = exceptionPatterns[ex++];
            } else {
                p = weekPatterns[weekIndex];
            }
            patterns[i] = p;
            if (day == anchorDay) {
                anchorCumulative = cumulative[i];
            }
            cumulative[i + 1] = cumulative[i] + p.workSeconds;
            weekIndex = weekIndex == 6 ? 0 : weekIndex + 1;
        }
        if (anchorDay >= endDay) {
            anchorCumulative = cumulative[n];
        }
        for (int i = 0; i <= n; i++) {
            cumulative[i] -= anchorCumulative;
        }
        if (anchorDay < firstDay) {
            // Anchor before the window cannot happen: windows always contain the anchor.
            throw new IllegalStateException("window does not contain its anchor");
        }
        return new Window(firstDay, patterns, cumulative);
    }

    /** An immutable, contiguous range of compiled days. */
    private static final class Window {
        final long firstDay;
        final DayPattern[] patterns;
        final long[] cumulative; // cumulative[i] = position at the start of day i; length n + 1

        Window(long firstDay, DayPattern[] patterns, long[] cumulative) {
            this.firstDay = firstDay;
            this.patterns = patterns;
            this.cumulative = cumulative;
        }

        /**
         * Smallest day index d with cumulative[d + 1] > p (or >= p when {@code inclusive}); n when none.
         * Galloping search from {@code hint}: targets are usually a few days from where the arithmetic
         * started, so this costs O(log distance) instead of O(log window).
         */
        int firstDayReaching(long p, boolean inclusive, int hint) {
            int n = patterns.length;
            int lo;
            int hi;
            if (reaches(hint, p, inclusive)) {
                hi = hint;
                int step = 1;
                lo = hint - step;
                while (lo >= 0 && reaches(lo, p, inclusive)) {
                    hi = lo;
                    step <<= 1;
                    lo = hint - step;
                }
                lo = Math.max(lo + 1, 0);
            } else {
                lo = hint + 1;
                int step = 1;
                hi = hint + step;
                while (hi < n && !reaches(hi, p, inclusive)) {
                    lo = hi + 1;
                    step <<= 1;
                    hi = hint + step;
                }
                hi = Math.min(hi, n);
            }
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (reaches(mid, p, inclusive)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        private boolean reaches(int d, long p, boolean inclusive) {
            long c = cumulative[d + 1];
            return inclusive ? c >= p : c > p;
        }
    }

    /** For diagnostics: the working periods of a day as "08:00-12:00 13:00-17:00". */
    public String describeDay(LocalDate date) {
        Window w = covering(date.toEpochDay());
        int[] b = w.patterns[(int) (date.toEpochDay() - w.firstDay)].bounds;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < b.length; i += 2) {
            parts.add(hhmm(b[i]) + "-" + hhmm(b[i + 1]));
        }
        return String.join(" ", parts);
    }

    private static String hhmm(int secondOfDay) {
        int m = secondOfDay / 60;
        String text = String.format("%02d:%02d", m / 60, m % 60);
        return secondOfDay % 60 == 0 ? text : text + String.format(":%02d", secondOfDay % 60);
    }
}
