package dev.gantry.scheduling.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A task of a plan, as the planner entered it. A task with children (tasks naming it as parent) is a
 * summary task: its dates are rolled up from them and its own duration is ignored.
 *
 * @param id               unique id (a service's UUID, an MS Project UniqueID...)
 * @param name             for people
 * @param parentId         the summary task this task belongs to, or null at the top level
 * @param wbs              WBS code to report; null to number the outline (1, 1.1, 1.2...)
 * @param durationMinutes  working minutes (or elapsed minutes when {@code elapsedDuration})
 * @param elapsedDuration  the duration runs in calendar time, ignoring the calendar (MS Project "edays")
 * @param milestone        a milestone (normally with zero duration)
 * @param calendarId       the task's calendar; null for the plan's default calendar. Lags and slack are
 *                         counted on it
 * @param assignments      work assignments driving the task's duration (empty: the duration runs on the
 *                         task calendar). Lags and slack stay on the task calendar
 * @param constraint       date constraint; null means as soon as possible
 * @param deadline         a deadline: it limits late finish (negative slack if missed) but not early dates
 * @param manual           manually scheduled: kept at {@code manualStart}/{@code manualFinish}
 * @param manualStart      start of a manually scheduled task
 * @param manualFinish     finish of a manually scheduled task
 * @param progress         actual dates and percent complete; null for none
 * @param levelingDelayMinutes a levelling delay already in the plan (MS Project's Leveling Delay, the result of
 *                         levelling): the task starts this much after its predecessors and constraints allow
 * @param levelingDelayElapsed the delay runs in calendar time (MS Project's default, "edays"); otherwise in working
 *                         time of the task's calendar
 * @param splitMinutes     working time inside the task's bar in which it does no work (MS Project's splits, or
 *                         zero-work days of its assignments): its work runs over its duration plus this much
 */
public record PlanTask(String id, String name, String parentId, String wbs, double durationMinutes, boolean elapsedDuration,
                       boolean milestone, String calendarId, List<WorkAssignment> assignments, Constraint constraint, LocalDateTime deadline,
                       boolean manual, LocalDateTime manualStart, LocalDateTime manualFinish, Progress progress,
                       long levelingDelayMinutes, boolean levelingDelayElapsed, long splitMinutes) {

    public PlanTask {
        Objects.requireNonNull(id, "id");
        constraint = constraint == null ? Constraint.ASAP : constraint;
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        progress = progress == null ? Progress.NONE : progress;
        if (splitMinutes < 0) {
            throw new IllegalArgumentException("splitMinutes must not be negative: " + splitMinutes);
        }
        if (levelingDelayMinutes < 0) {
            throw new IllegalArgumentException("levelingDelayMinutes must not be negative: " + levelingDelayMinutes);
        }
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        return new Builder(id).name(name).parent(parentId).wbs(wbs).duration(durationMinutes).elapsed(elapsedDuration)
                .milestone(milestone).calendar(calendarId).assignments(assignments).constraint(constraint).deadline(deadline)
                .manual(manual, manualStart, manualFinish).progress(progress)
                .levelingDelay(levelingDelayMinutes, levelingDelayElapsed).split(splitMinutes);
    }

    /** Fluent construction; everything but the id is optional. */
    public static final class Builder {
        private final String id;
        private String name;
        private String parentId;
        private String wbs;
        private double durationMinutes;
        private boolean elapsed;
        private boolean milestone;
        private String calendarId;
        private List<WorkAssignment> assignments = List.of();
        private Constraint constraint = Constraint.ASAP;
        private LocalDateTime deadline;
        private boolean manual;
        private LocalDateTime manualStart;
        private LocalDateTime manualFinish;
        private Progress progress = Progress.NONE;
        private long levelingDelayMinutes;
        private boolean levelingDelayElapsed = true;
        private long splitMinutes;

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String name) { this.name = name; return this; }
        public Builder parent(String parentId) { this.parentId = parentId; return this; }
        public Builder wbs(String wbs) { this.wbs = wbs; return this; }
        /** Duration in working minutes (or elapsed minutes), fractions of a minute kept to the second. */
        public Builder duration(double minutes) { this.durationMinutes = minutes; return this; }
        /** Duration in working days of {@code minutesPerDay} minutes (MS Project's default is 480). */
        public Builder durationDays(double days, int minutesPerDay) { this.durationMinutes = days * minutesPerDay; return this; }
        public Builder elapsed(boolean elapsed) { this.elapsed = elapsed; return this; }
        public Builder milestone(boolean milestone) { this.milestone = milestone; return this; }
        public Builder calendar(String calendarId) { this.calendarId = calendarId; return this; }
        public Builder assignments(List<WorkAssignment> assignments) { this.assignments = assignments; return this; }
        public Builder constraint(Constraint constraint) { this.constraint = constraint; return this; }
        public Builder constraint(ConstraintType type, LocalDateTime date) { this.constraint = new Constraint(type, date); return this; }
        public Builder deadline(LocalDateTime deadline) { this.deadline = deadline; return this; }
        public Builder manual(boolean manual, LocalDateTime start, LocalDateTime finish) {
            this.manual = manual;
            this.manualStart = start;
            this.manualFinish = finish;
            return this;
        }
        public Builder progress(Progress progress) { this.progress = progress; return this; }
        /** A levelling delay in minutes: elapsed (calendar) minutes, or working minutes of the task's calendar. */
        public Builder levelingDelay(long minutes, boolean elapsed) {
            this.levelingDelayMinutes = minutes;
            this.levelingDelayElapsed = elapsed;
            return this;
        }

        /** Working minutes of pauses inside the task's bar (splits). */
        public Builder split(long minutes) { this.splitMinutes = minutes; return this; }

        public PlanTask build() {
            return new PlanTask(id, name, parentId, wbs, durationMinutes, elapsed, milestone, calendarId, assignments, constraint, deadline,
                    manual, manualStart, manualFinish, progress, levelingDelayMinutes, levelingDelayElapsed, splitMinutes);
        }
    }
}
