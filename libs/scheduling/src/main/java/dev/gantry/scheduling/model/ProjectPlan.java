package dev.gantry.scheduling.model;

import dev.gantry.scheduling.calendar.WorkingCalendar;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine needs to schedule a project. Immutable; build it with {@link #builder(LocalDateTime)}.
 * Tasks are listed in outline order (a summary before its children), as in MS Project.
 *
 * @param start             project start: tasks without predecessors or constraints start here
 * @param defaultCalendarId the project calendar, used by tasks without their own
 * @param calendars         every calendar referenced (including parents of derived calendars)
 * @param tasks             tasks in outline order
 * @param dependencies      links between tasks
 * @param statusDate        the date progress was reported up to; null if none
 * @param moveRemainingWorkAfterStatusDate when true (and a status date is set), the remaining work of
 *                          in-progress tasks is not scheduled before the status date
 * @param splitInProgressTasks when true (MS Project's "Split in-progress tasks"), the remaining work of a task in
 *                          progress does not resume before its unfinished predecessors allow: progress reported out
 *                          of sequence splits the task rather than overlapping its predecessor
 */
public record ProjectPlan(LocalDateTime start, String defaultCalendarId, List<WorkingCalendar> calendars, List<PlanTask> tasks,
                          List<Dependency> dependencies, LocalDateTime statusDate, boolean moveRemainingWorkAfterStatusDate,
                          boolean splitInProgressTasks) {

    public ProjectPlan {
        calendars = List.copyOf(calendars);
        tasks = List.copyOf(tasks);
        dependencies = List.copyOf(dependencies);
    }

    public static Builder builder(LocalDateTime start) {
        return new Builder(start);
    }

    public Builder toBuilder() {
        Builder b = new Builder(start).defaultCalendar(defaultCalendarId).statusDate(statusDate)
                .moveRemainingWorkAfterStatusDate(moveRemainingWorkAfterStatusDate).splitInProgressTasks(splitInProgressTasks);
        b.calendars.addAll(calendars);
        b.tasks.addAll(tasks);
        b.dependencies.addAll(dependencies);
        return b;
    }

    /** Fluent construction. Without calendars, MS Project's Standard calendar (id "standard") is used. */
    public static final class Builder {
        private LocalDateTime start;
        private String defaultCalendarId;
        private final List<WorkingCalendar> calendars = new ArrayList<>();
        private final List<PlanTask> tasks = new ArrayList<>();
        private final List<Dependency> dependencies = new ArrayList<>();
        private LocalDateTime statusDate;
        private boolean moveRemainingWorkAfterStatusDate;
        private boolean splitInProgressTasks;

        private Builder(LocalDateTime start) {
            this.start = start;
        }

        public Builder start(LocalDateTime start) { this.start = start; return this; }
        public Builder defaultCalendar(String calendarId) { this.defaultCalendarId = calendarId; return this; }
        public Builder calendar(WorkingCalendar calendar) { calendars.add(Objects.requireNonNull(calendar)); return this; }
        public Builder calendars(Collection<WorkingCalendar> all) { calendars.addAll(all); return this; }
        public Builder task(PlanTask task) { tasks.add(Objects.requireNonNull(task)); return this; }
        public Builder tasks(Collection<PlanTask> all) { tasks.addAll(all); return this; }
        public Builder dependency(Dependency dependency) { dependencies.add(Objects.requireNonNull(dependency)); return this; }
        public Builder dependencies(Collection<Dependency> all) { dependencies.addAll(all); return this; }
        public Builder link(String predecessorId, String successorId, DependencyType type, Lag lag) {
            return dependency(new Dependency(predecessorId, successorId, type, lag));
        }
        public Builder statusDate(LocalDateTime statusDate) { this.statusDate = statusDate; return this; }
        public Builder moveRemainingWorkAfterStatusDate(boolean value) { this.moveRemainingWorkAfterStatusDate = value; return this; }
        public Builder splitInProgressTasks(boolean value) { this.splitInProgressTasks = value; return this; }

        public ProjectPlan build() {
            List<WorkingCalendar> cals = new ArrayList<>(calendars);
            String def = defaultCalendarId;
            if (cals.isEmpty()) {
                cals.add(WorkingCalendar.standard("standard"));
                def = def == null ? "standard" : def;
            }
            if (def == null) {
                def = cals.get(0).id();
            }
            return new ProjectPlan(start, def, cals, tasks, dependencies, statusDate, moveRemainingWorkAfterStatusDate,
                    splitInProgressTasks);
        }
    }
}
