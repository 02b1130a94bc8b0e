package dev.gantry.scheduling.calendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The working intervals of one day as sorted, non-overlapping {@code [start, end)} second-of-day pairs,
 * flattened into an int array for fast scanning.
 */
final class DayPattern {

    static final DayPattern NON_WORKING = new DayPattern(new int[0]);

    final int[] bounds;
    final int workSeconds;

    private DayPattern(int[] bounds) {
        this.bounds = bounds;
        int w = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            w += bounds[i + 1] - bounds[i];
        }
        this.workSeconds = w;
    }

    /** Sorts and merges the periods; periods with no length are dropped (validation reports them). */
    static DayPattern of(List<WorkingPeriod> periods) {
        if (periods.isEmpty()) {
            return NON_WORKING;
        }
        List<int[]> ranges = new ArrayList<>();
        for (WorkingPeriod p : periods) {
            if (p.toSecond() > p.fromSecond()) {
                ranges.add(new int[] {p.fromSecond(), p.toSecond()});
            }
        }
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1)[1] >= r[0]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r);
            }
        }
        int[] b = new int[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            b[2 * i] = merged.get(i)[0];
            b[2 * i + 1] = merged.get(i)[1];
        }
        return new DayPattern(b);
    }

    /** Working seconds in this day before the given second of the day. */
    int workBefore(int secondOfDay) {
        int[] b = bounds;
        if (b.length == 0 || secondOfDay <= b[0]) {
            return 0;
        }
        if (secondOfDay >= b[b.length - 1]) {
            return workSeconds;
        }
        int w = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            int s = bounds[i];
            if (secondOfDay <= s) {
                break;
            }
            w += Math.min(secondOfDay, bounds[i + 1]) - s;
        }
        return w;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayPattern p && Arrays.equals(bounds, p.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }
}
