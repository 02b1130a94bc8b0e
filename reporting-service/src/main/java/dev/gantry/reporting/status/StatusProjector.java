package dev.gantry.reporting.status;

import dev.gantry.contracts.project.ActionItemAdded;
import dev.gantry.contracts.project.ActionItemConvertedToTask;
import dev.gantry.contracts.project.ActionItemUpdated;
import dev.gantry.contracts.resources.OverallocationDetected;
import dev.gantry.contracts.resources.OverallocationResolved;
import dev.gantry.contracts.risk.RiskAssessed;
import dev.gantry.contracts.risk.RiskRaised;
import dev.gantry.contracts.risk.RiskResponseOverdue;
import dev.gantry.contracts.risk.RiskStatusChanged;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import dev.gantry.reporting.status.persistence.StatusInputsRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Keeps what project status is computed from: action items from projects-service's events (as a handler of the
 * project events), risks, over-allocations and schedules as the intake consumers hand them over. Every change marks
 * its project for the day's snapshot ({@link StatusHistory}).
 */
@ApplicationScoped
public class StatusProjector implements ProjectEventHandler {

    private final StatusInputsRepository inputs;
    private final StatusHistory history;

    StatusProjector(StatusInputsRepository inputs, StatusHistory history) {
        this.inputs = inputs;
        this.history = history;
    }

    /** Every project event may change a project's status (its name, its baseline, its progress): all are marked. */
    @Override
    public void handle(IncomingEvent event) {
        event.as(ActionItemAdded.class).ifPresent(added -> inputs.actionItem(added.projectId(), added.actionItem()));
        event.as(ActionItemUpdated.class).ifPresent(updated ->
                inputs.actionItem(updated.projectId(), updated.actionItem()));
        event.as(ActionItemConvertedToTask.class).ifPresent(converted ->
                inputs.actionItemConverted(converted.actionItemId(), converted.taskId()));
        projectOf(event);
    }

    private void projectOf(IncomingEvent event) {
        try {
            history.markChanged(UUID.fromString(event.subject()));
        } catch (IllegalArgumentException | NullPointerException notAProject) {
            // Events about something other than a project (templates) change no project's status.
        }
    }

    @Override
    public int order() {
        return ANSWER;
    }

    /** A risk event from risk-service. */
    public void risk(IncomingEvent event) {
        event.as(RiskRaised.class).ifPresent(raised -> {
            inputs.riskRaised(raised);
            history.markChanged(raised.projectId());
        });
        event.as(RiskAssessed.class).ifPresent(assessed -> {
            inputs.riskAssessed(assessed);
            history.markChanged(assessed.projectId());
        });
        event.as(RiskStatusChanged.class).ifPresent(changed -> {
            inputs.riskStatusChanged(changed);
            history.markChanged(changed.projectId());
        });
        event.as(RiskResponseOverdue.class).ifPresent(overdue -> {
            inputs.riskResponseOverdue(overdue);
            history.markChanged(overdue.projectId());
        });
    }

    /** An over-allocation event from resources-service. */
    public void overallocation(IncomingEvent event) {
        event.as(OverallocationDetected.class).ifPresent(detected -> {
            inputs.overallocationDetected(detected);
            detected.allocations().stream().map(OverallocationDetected.Share::projectId).distinct()
                    .forEach(history::markChanged);
        });
        event.as(OverallocationResolved.class).ifPresent(resolved -> {
            history.projectsOfEpisode(resolved.episodeId()).forEach(history::markChanged);
            inputs.overallocationResolved(resolved.episodeId());
        });
    }

    public void scheduleVersion(ScheduleVersion version) {
        inputs.scheduleVersion(version);
        history.markChanged(version.projectId());
    }

    public void scheduleTask(ScheduleTask task) {
        inputs.scheduleTask(task);
        history.markChanged(task.projectId());
    }

    public void taskRemoved(UUID projectId, UUID taskId) {
        inputs.taskRemoved(projectId, taskId);
        history.markChanged(projectId);
    }

    public void scheduleDates(ScheduleDates dates) {
        inputs.scheduleDates(dates);
        history.markChanged(dates.projectId());
    }

    public void segmentRemoved(UUID projectId, int segment) {
        inputs.segmentRemoved(projectId, segment);
        history.markChanged(projectId);
    }
}
