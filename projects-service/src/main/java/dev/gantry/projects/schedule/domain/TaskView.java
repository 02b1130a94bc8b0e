package dev.gantry.projects.schedule.domain;

/** A task with its computed dates (null before the first computation). */
public record TaskView(Task task, TaskDates dates) {
}
