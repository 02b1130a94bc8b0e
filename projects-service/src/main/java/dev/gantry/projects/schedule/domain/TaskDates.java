package dev.gantry.projects.schedule.domain;

import dev.gantry.contracts.schedule.ScheduleDates;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The computed schedule of one task, replaced by every recomputation. Stored with the other tasks of its segment in
 * one row of {@code schedule_dates_segment} (the same JSON as the {@link ScheduleDates} record published for it), so a
 * recomputation that moves thousands of tasks writes a few rows; never changed once built (its JSON is kept with it).
 */
public class TaskDates {

    public UUID taskId;
    public UUID projectId;
    public String wbs;
    public int outlineLevel;
    public boolean summary;
    public LocalDateTime start;
    public LocalDateTime finish;
    public LocalDateTime earlyStart;
    public LocalDateTime earlyFinish;
    public LocalDateTime lateStart;
    public LocalDateTime lateFinish;
    public long durationMinutes;
    public long totalSlackMinutes;
    public long freeSlackMinutes;
    public boolean critical;
    /** This task's array in its segment's JSON, written at the first segment that needs it and kept with the row. */
    private String json;

    public static TaskDates of(UUID projectId, ScheduleDates.Computed c) {
        TaskDates d = new TaskDates();
        d.taskId = c.taskId();
        d.projectId = projectId;
        d.wbs = c.wbs();
        d.outlineLevel = c.outlineLevel();
        d.summary = c.summary();
        d.critical = c.critical();
        d.start = c.start();
        d.finish = c.finish();
        d.earlyStart = c.earlyStart();
        d.earlyFinish = c.earlyFinish();
        d.lateStart = c.lateStart();
        d.lateFinish = c.lateFinish();
        d.durationMinutes = c.durationMinutes();
        d.totalSlackMinutes = c.totalSlackMinutes();
        d.freeSlackMinutes = c.freeSlackMinutes();
        return d;
    }

    /**
     * This task's array as its segment's JSON holds it ({@link ScheduleDates.Computed#json()}). A recomputation keeps
     * the rows whose values did not change, so a segment rewritten because other tasks of it moved reuses theirs.
     */
    public String json() {
        String written = json;
        if (written == null) {
            written = toComputed().json();
            json = written;
        }
        return written;
    }

    public ScheduleDates.Computed toComputed() {
        return new ScheduleDates.Computed(taskId, wbs, outlineLevel, summary, critical,
                ScheduleDates.Computed.minute(start), ScheduleDates.Computed.minute(finish),
                ScheduleDates.Computed.minute(earlyStart), ScheduleDates.Computed.minute(earlyFinish),
                ScheduleDates.Computed.minute(lateStart), ScheduleDates.Computed.minute(lateFinish), durationMinutes,
                totalSlackMinutes, freeSlackMinutes);
    }
}
