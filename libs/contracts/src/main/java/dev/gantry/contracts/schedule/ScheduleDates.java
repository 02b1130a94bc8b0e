package dev.gantry.contracts.schedule;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The computed schedule of one segment of a project's tasks, on the compacted schedules topic under the key
 * {@code <projectId>/dates/<segment>}, in the project's partition. A project's tasks are spread over
 * {@link ScheduleVersion#dateSegments()} segments by task id ({@link #segmentOf}); a recomputation rewrites only the
 * segments in which a computed value changed, so an edit that moves a few tasks writes one or two records and an edit
 * that moves the whole network writes one record per few hundred tasks rather than one per task. {@code version} is
 * the schedule version that wrote the segment.
 *
 * <p>Each task is a JSON array, in this order: task id, WBS, outline level, summary, critical, start, finish, early
 * start, early finish, late start, late finish, duration, total slack, free slack. Date-times are whole minutes since
 * 1970-01-01T00:00 on the project's wall clock (project-local, no zone: {@link Computed#dateTime}), to the nearest
 * minute of the engine's result, which counts seconds; duration and slack are working minutes on the task's calendar.
 */
@EventType(value = "dev.gantry.project.schedule-dates.v1", topic = Topics.PROJECT_SCHEDULES)
public record ScheduleDates(UUID projectId, int segment, long version, List<Computed> tasks) implements GantryEvent {

    /**
     * A large project's segment holds about this many tasks on average; the segment count doubles when the project
     * outgrows it. Below {@link #SMALL_PROJECT_SEGMENTS} × this many tasks, segments are smaller
     * ({@link #segmentsFor}).
     */
    public static final int TASKS_PER_SEGMENT = 256;

    /**
     * A small project's segment holds about this many tasks, up to {@link #SMALL_PROJECT_SEGMENTS} segments: a task
     * added to a 100-task project rewrites a segment of some 12 tasks, not one of all 100 (ADR 0033).
     */
    public static final int TASKS_PER_SMALL_SEGMENT = 16;

    /** The segment count up to which segments hold {@link #TASKS_PER_SMALL_SEGMENT} tasks rather than more. */
    public static final int SMALL_PROJECT_SEGMENTS = 8;

    /**
     * The computed values of one task. Written as {@link #json()} says (a whole plan's worth at every edit that moves
     * it: the bean serializer's reflective calls cost several times more): by the mapper through {@link ComputedWriter},
     * and by a producer assembling a segment's JSON itself ({@link ScheduleDates#json}) as text; both write the same.
     * Read as the array shape says.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonSerialize(using = ComputedWriter.class)
    @JsonPropertyOrder({"taskId", "wbs", "outlineLevel", "summary", "critical", "startMinute", "finishMinute",
            "earlyStartMinute", "earlyFinishMinute", "lateStartMinute", "lateFinishMinute", "durationMinutes",
            "totalSlackMinutes", "freeSlackMinutes"})
    public record Computed(UUID taskId, String wbs, int outlineLevel, boolean summary, boolean critical,
                           long startMinute, long finishMinute, long earlyStartMinute, long earlyFinishMinute,
                           long lateStartMinute, long lateFinishMinute, long durationMinutes, long totalSlackMinutes,
                           long freeSlackMinutes) {

        /** This task's JSON array, in the documented order: what the mapper writes for it. */
        public String json() {
            StringBuilder json = new StringBuilder(160).append("[\"").append(taskId).append("\",");
            if (wbs == null) {
                json.append("null");
            } else {
                json.append('"').append(JsonStringEncoder.getInstance().quoteAsString(wbs)).append('"');
            }
            return json.append(',').append(outlineLevel).append(',').append(summary).append(',').append(critical)
                    .append(',').append(startMinute).append(',').append(finishMinute).append(',')
                    .append(earlyStartMinute).append(',').append(earlyFinishMinute).append(',')
                    .append(lateStartMinute).append(',').append(lateFinishMinute).append(',').append(durationMinutes)
                    .append(',').append(totalSlackMinutes).append(',').append(freeSlackMinutes).append(']')
                    .toString();
        }

        public LocalDateTime start() {
            return dateTime(startMinute);
        }

        public LocalDateTime finish() {
            return dateTime(finishMinute);
        }

        public LocalDateTime earlyStart() {
            return dateTime(earlyStartMinute);
        }

        public LocalDateTime earlyFinish() {
            return dateTime(earlyFinishMinute);
        }

        public LocalDateTime lateStart() {
            return dateTime(lateStartMinute);
        }

        public LocalDateTime lateFinish() {
            return dateTime(lateFinishMinute);
        }

        /**
         * The minute number of a project-local date-time, to the nearest minute: the scheduling engine counts seconds
         * (a fraction of a minute in a duration or in work carries along a chain), schedules are published and stored
         * in whole minutes.
         */
        public static long minute(LocalDateTime dateTime) {
            return Math.floorDiv(dateTime.toEpochSecond(ZoneOffset.UTC) + 30, 60);
        }

        /** A date-time to the nearest minute ({@link #minute}); itself when it has no seconds. */
        public static LocalDateTime toMinute(LocalDateTime dateTime) {
            if (dateTime == null || dateTime.getSecond() == 0 && dateTime.getNano() == 0) {
                return dateTime;
            }
            return dateTime(minute(dateTime));
        }

        /** The project-local date-time of a minute number. */
        public static LocalDateTime dateTime(long minute) {
            return LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC);
        }
    }

    /**
     * The JSON of a segment from its tasks' arrays as {@link Computed#json()} writes them: what the mapper writes for
     * the record, without building it. A producer that keeps each task's array while the task's computed values stay
     * the same writes a segment of unchanged tasks by concatenation (10,000 tasks' worth at a critical-path edit).
     */
    public static String json(UUID projectId, int segment, long version, List<String> taskArrays) {
        int length = 100;
        for (String task : taskArrays) {
            length += task.length() + 1;
        }
        StringBuilder json = new StringBuilder(length).append("{\"projectId\":\"").append(projectId)
                .append("\",\"segment\":").append(segment).append(",\"version\":").append(version)
                .append(",\"tasks\":[");
        for (int i = 0; i < taskArrays.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(taskArrays.get(i));
        }
        return json.append("]}").toString();
    }

    /** The segment of a task when the project has {@code segments} segments (a power of two). */
    public static int segmentOf(UUID taskId, int segments) {
        return (int) (taskId.getLeastSignificantBits() & (segments - 1));
    }

    /**
     * The number of segments for {@code taskCount} tasks, given the current number ({@code 0} when there is none). The
     * ideal count ({@link #idealSegments}) is a power of two that gives a segment about
     * {@link #TASKS_PER_SMALL_SEGMENT} tasks up to {@link #SMALL_PROJECT_SEGMENTS} segments, then stays there until
     * segments reach {@link #TASKS_PER_SEGMENT} tasks, and then grows with the project. The current count is kept
     * while it lies between the ideal count for half and for four times as many tasks, so that growing or shrinking by
     * a task never rewrites every segment back and forth.
     */
    public static int segmentsFor(int taskCount, int current) {
        int tasks = Math.max(0, taskCount);
        if (current >= 1 && Integer.bitCount(current) == 1 && current >= idealSegments(tasks / 2)
                && current <= idealSegments(4L * tasks)) {
            return current;
        }
        return idealSegments(tasks);
    }

    /** The ideal segment count for {@code taskCount} tasks, which {@link #segmentsFor} keeps within a range. */
    static int idealSegments(long taskCount) {
        int small = Math.min(powerOfTwoAtLeast(ceilDiv(taskCount, TASKS_PER_SMALL_SEGMENT)), SMALL_PROJECT_SEGMENTS);
        return Math.max(small, powerOfTwoAtLeast(ceilDiv(taskCount, TASKS_PER_SEGMENT)));
    }

    private static long ceilDiv(long a, int b) {
        return (a + b - 1) / b;
    }

    private static int powerOfTwoAtLeast(long n) {
        int p = 1;
        while (p < n && p < (1 << 30)) {
            p <<= 1;
        }
        return p;
    }

    @Override
    public String subject() {
        return projectId.toString();
    }

    @Override
    public String key() {
        return ScheduleKeys.dates(projectId, segment);
    }

    @Override
    public String partitionKey() {
        return projectId.toString();
    }
}
