package dev.gantry.scheduling;

import dev.gantry.scheduling.calendar.Seconds;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The computed schedule of one task. Dates are in the project's local time. Slack is in working minutes
 * on the task's calendar (also for elapsed-duration tasks, as MS Project does) and negative when a
 * constraint or a deadline cannot be met.
 * <p>
 * Dates are kept as seconds and turned into {@link LocalDateTime} on access, so a large schedule costs
 * one object per task.
 */
public final class TaskSchedule {

    private final String id;
    private final String name;
    private final String parentId;
    private final IntFunction<String> wbsCodes;
    private final int index;
    private final int outlineLevel;
    private final boolean summary;
    private final boolean milestone;
    private final boolean manual;
    private final long start;
    private final long finish;
    private final long earlyStart;
    private final long earlyFinish;
    private final long lateStart;
    private final long lateFinish;
    private final long durationMinutes;
    private final long totalSlackMinutes;
    private final long freeSlackMinutes;
    private final boolean critical;

    /** Dates as seconds since 1970-01-01T00:00 local time ({@link Seconds}); duration and slack in whole minutes. */
    public TaskSchedule(String id, String name, String parentId, String wbs, int outlineLevel, boolean summary, boolean milestone,
                        boolean manual, long start, long finish, long earlyStart, long earlyFinish, long lateStart, long lateFinish,
                        long durationMinutes, long totalSlackMinutes, long freeSlackMinutes, boolean critical) {
        this(id, name, parentId, i -> wbs, 0, outlineLevel, summary, milestone, manual, start, finish, earlyStart, earlyFinish, lateStart,
                lateFinish, durationMinutes, totalSlackMinutes, freeSlackMinutes, critical);
    }

    /** For the engine: the WBS code of task {@code index} is looked up in {@code wbsCodes} when asked for. */
    public TaskSchedule(String id, String name, String parentId, IntFunction<String> wbsCodes, int index, int outlineLevel, boolean summary, boolean milestone,
                        boolean manual, long start, long finish, long earlyStart, long earlyFinish, long lateStart, long lateFinish,
                        long durationMinutes, long totalSlackMinutes, long freeSlackMinutes, boolean critical) {
        this.id = id;
        this.name = name;
        this.parentId = parentId;
        this.wbsCodes = wbsCodes;
        this.index = index;
        this.outlineLevel = outlineLevel;
        this.summary = summary;
        this.milestone = milestone;
        this.manual = manual;
        this.start = start;
        this.finish = finish;
        this.earlyStart = earlyStart;
        this.earlyFinish = earlyFinish;
        this.lateStart = lateStart;
        this.lateFinish = lateFinish;
        this.durationMinutes = durationMinutes;
        this.totalSlackMinutes = totalSlackMinutes;
        this.freeSlackMinutes = freeSlackMinutes;
        this.critical = critical;
    }

    /** The task's id in the plan. */
    public String id() { return id; }
    public String name() { return name; }
    /** Its summary task, or null. */
    public String parentId() { return parentId; }
    /** WBS code (given, or numbered from the outline). */
    public String wbs() { return wbsCodes.apply(index); }
    /** 1 for top-level tasks. */
    public int outlineLevel() { return outlineLevel; }
    /** Has subtasks; dates rolled up from them. */
    public boolean summary() { return summary; }
    public boolean milestone() { return milestone; }
    /** Manually scheduled (kept where the planner put it). */
    public boolean manual() { return manual; }
    /** Scheduled start: actual start, else late start for ALAP tasks, else early start. */
    public LocalDateTime start() { return Seconds.toDateTime(start); }
    /** Scheduled finish, likewise. */
    public LocalDateTime finish() { return Seconds.toDateTime(finish); }
    /** Earliest start the network and constraints allow. */
    public LocalDateTime earlyStart() { return Seconds.toDateTime(earlyStart); }
    public LocalDateTime earlyFinish() { return Seconds.toDateTime(earlyFinish); }
    /** Latest start that does not delay the project finish (or break a constraint or deadline). */
    public LocalDateTime lateStart() { return Seconds.toDateTime(lateStart); }
    public LocalDateTime lateFinish() { return Seconds.toDateTime(lateFinish); }
    /** The task's duration (for a summary, working time from its start to its finish). */
    public long durationMinutes() { return durationMinutes; }
    /** How much the task can slip without delaying the project. */
    public long totalSlackMinutes() { return totalSlackMinutes; }
    /** How much the task can slip without delaying any successor. */
    public long freeSlackMinutes() { return freeSlackMinutes; }
    /** On the critical path (total slack ≤ 0 to the second, before it is rounded to minutes; not complete). */
    public boolean critical() { return critical; }

    /** How many values {@link #timesInto} writes per task. */
    public static final int TIMES = 10;

    /**
     * Writes the task's computed values — the six dates to the second, duration, total and free slack, and
     * criticality as 0 or 1 — into {@code into} from {@code offset}: a compact copy of what a later result is
     * compared with ({@link #sameTimes}) without keeping this object.
     */
    public void timesInto(long[] into, int offset) {
        into[offset] = start;
        into[offset + 1] = finish;
        into[offset + 2] = earlyStart;
        into[offset + 3] = earlyFinish;
        into[offset + 4] = lateStart;
        into[offset + 5] = lateFinish;
        into[offset + 6] = durationMinutes;
        into[offset + 7] = totalSlackMinutes;
        into[offset + 8] = freeSlackMinutes;
        into[offset + 9] = critical ? 1 : 0;
    }

    /** Whether the task's computed values are those {@link #timesInto} wrote into {@code times} from {@code offset}. */
    public boolean sameTimes(long[] times, int offset) {
        return times[offset] == start && times[offset + 1] == finish && times[offset + 2] == earlyStart
                && times[offset + 3] == earlyFinish && times[offset + 4] == lateStart && times[offset + 5] == lateFinish
                && times[offset + 6] == durationMinutes && times[offset + 7] == totalSlackMinutes
                && times[offset + 8] == freeSlackMinutes && times[offset + 9] == (critical ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskSchedule t && id.equals(t.id) && Objects.equals(name, t.name) && Objects.equals(parentId, t.parentId)
                && Objects.equals(wbs(), t.wbs()) && outlineLevel == t.outlineLevel && summary == t.summary && milestone == t.milestone
                && manual == t.manual && start == t.start && finish == t.finish && earlyStart == t.earlyStart
                && earlyFinish == t.earlyFinish && lateStart == t.lateStart && lateFinish == t.lateFinish
                && durationMinutes == t.durationMinutes && totalSlackMinutes == t.totalSlackMinutes
                && freeSlackMinutes == t.freeSlackMinutes && critical == t.critical;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, start, finish, earlyStart, earlyFinish, lateStart, lateFinish, totalSlackMinutes);
    }

    @Override
    public String toString() {
        return "TaskSchedule[id=" + id + ", start=" + start() + ", finish=" + finish() + ", earlyStart=" + earlyStart()
                + ", earlyFinish=" + earlyFinish() + ", lateStart=" + lateStart() + ", lateFinish=" + lateFinish()
                + ", totalSlack=" + totalSlackMinutes + ", freeSlack=" + freeSlackMinutes + ", critical=" + critical + "]";
    }
}
