package dev.gantry.resources.load.domain;

import dev.gantry.scheduling.model.WorkContour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person's load, day by day: the hours they are available (capacity less absences) against the hours their
 * allocations ask of them. Working days are the person's {@link Calendar}'s — their working weekdays (Monday to Friday
 * unless set otherwise) less holidays — and a working day's capacity is the weekly capacity divided by the number of
 * working weekdays. An allocation at a percentage asks that share of the day's capacity (absences do not shrink it: the work is still
 * planned), one in hours asks its hours; both only on working days. An allocation made from an imported assignment
 * asks that assignment's work where the plan puts it instead ({@link Shape}). A day is over-allocated when it asks more
 * than the person is available.
 */
public final class Load {

    /** Less than this is rounding, not over-allocation. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The working day an imported plan's work is counted in: MS Project's default, eight hours. */
    private static final double PLAN_DAY_MINUTES = 480;

    /**
     * The days a person works: their working weekdays, less holidays (each a run of days). Their weekly capacity is
     * spread over the working weekdays in equal parts; a holiday has no capacity and asks no allocated hours.
     */
    public record Calendar(Set<DayOfWeek> workingDays, List<Away> holidays) {

        public static final Calendar MONDAY_TO_FRIDAY = new Calendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of());

        public Calendar {
            workingDays = workingDays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
            holidays = List.copyOf(holidays);
        }

        public boolean works(LocalDate day) {
            if (!workingDays.contains(day.getDayOfWeek())) {
                return false;
            }
            for (Away holiday : holidays) {
                if (covers(holiday.firstDay(), holiday.lastDay(), day)) {
                    return false;
                }
            }
            return true;
        }

        /** A working day's share of the weekly capacity. */
        BigDecimal daily(BigDecimal capacityPerWeek) {
            return workingDays.isEmpty() ? BigDecimal.ZERO
                    : capacityPerWeek.divide(BigDecimal.valueOf(workingDays.size()), 4, RoundingMode.HALF_UP);
        }
    }

    /** What an absence takes: whole days when {@code hoursPerDay} is null. */
    public record Away(LocalDate firstDay, LocalDate lastDay, BigDecimal hoursPerDay) {
    }

    /**
     * What an allocation asks: exactly one of {@code percent} and {@code hoursPerDay}, on each of its working days — or,
     * when it has a {@code shape}, the shaped work of an imported assignment.
     */
    public record Ask(UUID allocationId, UUID projectId, LocalDate firstDay, LocalDate lastDay, BigDecimal percent,
                      BigDecimal hoursPerDay, Shape shape) {

        /** An allocation that asks its share evenly. */
        public Ask(UUID allocationId, UUID projectId, LocalDate firstDay, LocalDate lastDay, BigDecimal percent,
                   BigDecimal hoursPerDay) {
            this(allocationId, projectId, firstDay, lastDay, percent, hoursPerDay, null);
        }
    }

    /**
     * How the work of an imported assignment lies over its allocation's working days, as the plan's scheduling puts
     * it: nothing during its delay, then its work at its units along its contour (MS Project's ten slices), so that it
     * lasts work × 100 / units × the contour's stretch, and nothing once the work is done. The delay and the span are
     * counted in the plan's working days of eight hours (MS Project's default day), from the allocation's first working
     * day, whatever the person's capacity: a part-time person given full-time work by the plan is over-allocated, as
     * the plan is wrong about them. A day the span covers in part asks that part of the work.
     */
    public record Shape(long workMinutes, double units, WorkContour contour, long delayMinutes) {

        /** The shape of an allocation's stored fields; null when it was not made from an imported assignment. */
        public static Shape of(Long workMinutes, BigDecimal units, String contour, Long delayMinutes) {
            if (workMinutes == null || units == null || units.signum() <= 0) {
                return null;
            }
            WorkContour shape = WorkContour.FLAT;
            if (contour != null) {
                try {
                    shape = WorkContour.valueOf(contour);
                } catch (IllegalArgumentException unknown) {
                    shape = WorkContour.FLAT;
                }
            }
            return new Shape(workMinutes, units.doubleValue(), shape, delayMinutes == null ? 0 : delayMinutes);
        }

        /** Hours of work on the {@code index}-th working day (from 0) of the allocation. */
        BigDecimal hoursOn(int index) {
            double dayMinutes = PLAN_DAY_MINUTES;
            double span = workMinutes * 100.0 / units * contour.spanFactor() / dayMinutes;
            double delay = delayMinutes / dayMinutes;
            double from = Math.max(index, delay);
            double to = Math.min(index + 1.0, delay + span);
            if (!(to > from) || span <= 0) {
                return BigDecimal.ZERO;
            }
            double share = contour.workShare((to - delay) / span) - contour.workShare((from - delay) / span);
            return BigDecimal.valueOf(workMinutes * share / 60.0).setScale(4, RoundingMode.HALF_UP);
        }
    }

    /** One allocation's hours on one day. */
    public record Share(UUID allocationId, UUID projectId, BigDecimal hours) {
    }

    /** One day of the load. */
    public record Day(LocalDate day, boolean working, BigDecimal capacity, BigDecimal absent, BigDecimal allocated,
                      List<Share> shares) {

        public BigDecimal available() {
            return capacity.subtract(absent);
        }

        public BigDecimal excess() {
            return allocated.subtract(available());
        }

        public boolean overallocated() {
            return working && excess().compareTo(TOLERANCE) >= 0;
        }
    }

    /** A run of days, both ends included. */
    public record Span(LocalDate firstDay, LocalDate lastDay) {

        public boolean overlaps(Span other) {
            return !firstDay.isAfter(other.lastDay) && !lastDay.isBefore(other.firstDay);
        }

        public boolean contains(Span other) {
            return !other.firstDay.isBefore(firstDay) && !other.lastDay.isAfter(lastDay);
        }

        /** The smallest span that holds both. */
        public Span join(Span other) {
            return new Span(firstDay.isBefore(other.firstDay) ? firstDay : other.firstDay,
                    lastDay.isAfter(other.lastDay) ? lastDay : other.lastDay);
        }
    }

    /** A run of over-allocated working days (days off in between do not end it) and its worst day. */
    public record Episode(LocalDate firstDay, LocalDate lastDay, Day peak) {

        public boolean overlaps(LocalDate from, LocalDate to) {
            return !firstDay.isAfter(to) && !lastDay.isBefore(from);
        }
    }

    private Load() {
    }

    /** The load of every day from {@code from} to {@code to} inclusive, on the person's calendar. */
    public static List<Day> days(BigDecimal capacityPerWeek, Calendar calendar, List<Away> absences,
                                 List<Ask> allocations, LocalDate from, LocalDate to) {
        BigDecimal daily = calendar.daily(capacityPerWeek);
        // Only what touches the period counts; an allocation's hours are the same on each of its working days.
        List<Away> away = new ArrayList<>();
        for (Away a : absences) {
            if (!a.lastDay().isBefore(from) && !a.firstDay().isAfter(to)) {
                away.add(a);
            }
        }
        List<Ask> asks = new ArrayList<>();
        List<BigDecimal> asked = new ArrayList<>();
        for (Ask ask : allocations) {
            if (!ask.lastDay().isBefore(from) && !ask.firstDay().isAfter(to)) {
                asks.add(ask);
                asked.add(ask.percent() != null
                        ? daily.multiply(ask.percent()).divide(HUNDRED, 4, RoundingMode.HALF_UP)
                        : ask.hoursPerDay());
            }
        }
        // A shaped ask's working days are counted from its first: the index of its next one.
        int[] workingDay = new int[asks.size()];
        for (int i = 0; i < asks.size(); i++) {
            if (asks.get(i).shape() != null) {
                workingDay[i] = workingDaysBefore(calendar, asks.get(i).firstDay(), from);
            }
        }
        List<Day> days = new ArrayList<>((int) Math.max(0, to.toEpochDay() - from.toEpochDay() + 1));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            boolean working = calendar.works(day);
            BigDecimal capacity = working ? daily : BigDecimal.ZERO;
            BigDecimal absent = BigDecimal.ZERO;
            for (Away a : away) {
                if (covers(a.firstDay(), a.lastDay(), day)) {
                    absent = absent.add(a.hoursPerDay() == null ? capacity : a.hoursPerDay());
                }
            }
            absent = absent.min(capacity);
            List<Share> shares = List.of();
            BigDecimal allocated = BigDecimal.ZERO;
            if (working) {
                List<Share> found = null;
                for (int i = 0; i < asks.size(); i++) {
                    Ask ask = asks.get(i);
                    if (covers(ask.firstDay(), ask.lastDay(), day)) {
                        BigDecimal hours = asked.get(i);
                        if (ask.shape() != null) {
                            hours = ask.shape().hoursOn(workingDay[i]++);
                            if (hours.signum() == 0) {
                                continue;
                            }
                        }
                        if (found == null) {
                            found = new ArrayList<>();
                        }
                        found.add(new Share(ask.allocationId(), ask.projectId(), hours));
                        allocated = allocated.add(hours);
                    }
                }
                if (found != null) {
                    shares = List.copyOf(found);
                }
            }
            days.add(new Day(day, working, capacity, absent, allocated, shares));
        }
        return days;
    }

    /**
     * The days to work out again when the inputs of the days {@code changed} changed, {@code announced} being the
     * episodes of the days as they were: the changed days, widened to every announced episode that overlaps them or
     * meets them across days off only (an episode found in the changed days can grow into those, and only into
     * those), until no more is added. Outside the result every day is as it was, so its episodes are the announced
     * ones; inside it, {@link #episodes} of its days are exactly the episodes an evaluation of all days would find there.
     */
    public static Span widen(Span changed, List<Span> announced, Calendar calendar) {
        Span scope = changed;
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Span episode : announced) {
                if (!scope.contains(episode) && (episode.overlaps(scope)
                        || daysOffOnlyBetween(episode.lastDay(), scope.firstDay(), calendar)
                        || daysOffOnlyBetween(scope.lastDay(), episode.firstDay(), calendar))) {
                    scope = scope.join(episode);
                    grown = true;
                }
            }
        }
        return scope;
    }

    /** Whether {@code before} comes before {@code after} with no working day in between. */
    private static boolean daysOffOnlyBetween(LocalDate before, LocalDate after, Calendar calendar) {
        if (!before.isBefore(after)) {
            return false;
        }
        for (LocalDate day = before.plusDays(1); day.isBefore(after); day = day.plusDays(1)) {
            if (calendar.works(day)) {
                return false;
            }
        }
        return true;
    }

    /** The over-allocation episodes among {@code days} (in day order), each with its day of largest excess. */
    public static List<Episode> episodes(List<Day> days) {
        List<Episode> episodes = new ArrayList<>();
        Day first = null;
        Day last = null;
        Day peak = null;
        for (Day day : days) {
            if (day.overallocated()) {
                if (first == null) {
                    first = day;
                }
                last = day;
                if (peak == null || day.excess().compareTo(peak.excess()) > 0) {
                    peak = day;
                }
            } else if (day.working() && first != null) {
                episodes.add(new Episode(first.day(), last.day(), peak));
                first = null;
                last = null;
                peak = null;
            }
        }
        if (first != null) {
            episodes.add(new Episode(first.day(), last.day(), peak));
        }
        return episodes;
    }

    /** Working days from {@code first} up to, not including, {@code day}. */
    private static int workingDaysBefore(Calendar calendar, LocalDate first, LocalDate day) {
        int count = 0;
        for (LocalDate d = first; d.isBefore(day); d = d.plusDays(1)) {
            if (calendar.works(d)) {
                count++;
            }
        }
        return count;
    }

    private static boolean covers(LocalDate first, LocalDate last, LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
