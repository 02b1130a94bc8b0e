package dev.gantry.scheduling;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** A computed schedule: per-task dates, slack and criticality, in the plan's task order, plus the project's span. */
public final class ScheduleResult {

    private final LocalDateTime projectStart;
    private final LocalDateTime projectFinish;
    private final List<TaskSchedule> tasks;
    /** Built on first lookup: many callers only iterate. */
    private volatile Map<String, TaskSchedule> byId;

    public ScheduleResult(LocalDateTime projectStart, LocalDateTime projectFinish, List<TaskSchedule> tasks) {
        this.projectStart = projectStart;
        this.projectFinish = projectFinish;
        this.tasks = List.copyOf(tasks);
    }

    private Map<String, TaskSchedule> index() {
        Map<String, TaskSchedule> map = byId;
        if (map == null) {
            map = new HashMap<>(tasks.size() * 2);
            for (TaskSchedule t : tasks) {
                map.put(t.id(), t);
            }
            byId = map;
        }
        return map;
    }

    /**
     * Earliest start of any task (the plan's start when nothing starts earlier); a blank row left out of its summary's
     * roll-up does not count (libs/scheduling README).
     */
    public LocalDateTime projectStart() {
        return projectStart;
    }

    /** Latest finish of any task; a blank row left out of its summary's roll-up does not count. */
    public LocalDateTime projectFinish() {
        return projectFinish;
    }

    /** Every task, in the plan's order. */
    public List<TaskSchedule> tasks() {
        return tasks;
    }

    public Optional<TaskSchedule> find(String taskId) {
        return Optional.ofNullable(index().get(taskId));
    }

    public TaskSchedule task(String taskId) {
        TaskSchedule t = index().get(taskId);
        if (t == null) {
            throw new NoSuchElementException("No task " + taskId);
        }
        return t;
    }

    /** Tasks on the critical path, in plan order (summaries included when a subtask is critical). */
    public List<TaskSchedule> criticalTasks() {
        return tasks.stream().filter(TaskSchedule::critical).toList();
    }
}
