package dev.gantry.projects.schedule;

import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.project.ProjectStartMoved;
import dev.gantry.projects.project.persistence.ProjectRepository;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.TaskDates;
import dev.gantry.projects.schedule.domain.TaskView;
import dev.gantry.projects.schedule.persistence.ProjectScheduleRepository;
import dev.gantry.projects.schedule.persistence.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The computed schedule of a project as a whole: reading it, and recomputing it when the project's start moves. */
@ApplicationScoped
@Transactional
public class ScheduleService {

    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final ProjectScheduleRepository schedules;
    private final ComputedDates dates;
    private final Rescheduler rescheduler;
    private final ProjectAuthorizer authorizer;

    ScheduleService(ProjectRepository projects, TaskRepository tasks, ProjectScheduleRepository schedules,
                    ComputedDates dates, Rescheduler rescheduler, ProjectAuthorizer authorizer) {
        this.projects = projects;
        this.tasks = tasks;
        this.schedules = schedules;
        this.dates = dates;
        this.rescheduler = rescheduler;
        this.authorizer = authorizer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleView schedule(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        projects.require(projectId);
        return scheduleOf(projectId);
    }

    /** The schedule without an authorisation check, for callers that have made their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleView scheduleOf(UUID projectId) {
        ProjectSchedule settings = schedules.findById(projectId);
        if (settings == null) {
            settings = ProjectSchedule.of(projectId);
        }
        Map<UUID, TaskDates> computed = dates.of(projectId);
        List<TaskView> views = PlanAssembler.outlineOrder(tasks.ofProject(projectId)).stream()
                .map(t -> new TaskView(t, computed.get(t.id))).toList();
        return new ScheduleView(projectId, settings, views);
    }

    /** The project's network for export (read access). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanAssembler.Network network(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return rescheduler.network(projects.require(projectId));
    }

    /** After a change of the project's start date: recomputes when the project has a schedule. */
    void projectStartMoved(@Observes ProjectStartMoved moved) {
        if (schedules.findById(moved.projectId()) != null) {
            rescheduler.change(moved.projectId(), change -> {
                change.settingsChanged();
                return null;
            });
        }
    }
}
