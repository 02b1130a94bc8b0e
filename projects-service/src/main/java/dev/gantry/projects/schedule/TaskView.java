package dev.gantry.projects.schedule;

import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;

/** A task with its computed dates (null before the first computation). */
public record TaskView(Task task, TaskDates dates) {
}
