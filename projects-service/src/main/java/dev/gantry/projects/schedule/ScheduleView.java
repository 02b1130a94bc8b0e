package dev.gantry.projects.schedule;

import dev.gantry.projects.schedule.domain.ProjectSchedule;

import dev.gantry.projects.schedule.domain.TaskView;
import java.util.List;
import java.util.UUID;

/** The stored schedule of a project: its span, its schedule version and every task in outline order. */
public record ScheduleView(UUID projectId, ProjectSchedule settings, List<TaskView> tasks) {
}
