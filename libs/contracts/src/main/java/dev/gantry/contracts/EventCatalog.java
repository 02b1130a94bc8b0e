package dev.gantry.contracts;

import dev.gantry.contracts.resources.AllocationChanged;
import dev.gantry.contracts.resources.AllocationRemoved;
import dev.gantry.contracts.resources.CostActualsRecorded;
import dev.gantry.contracts.resources.AssetReservationConflict;
import dev.gantry.contracts.resources.AssetReservationConflictResolved;
import dev.gantry.contracts.resources.HardwareLifecycleRisk;
import dev.gantry.contracts.resources.HardwareLifecycleRiskCleared;
import dev.gantry.contracts.resources.OverallocationDetected;
import dev.gantry.contracts.risk.RiskAssessed;
import dev.gantry.contracts.risk.RiskRaised;
import dev.gantry.contracts.reporting.EarnedValueAlert;
import dev.gantry.contracts.reporting.StatusReportPublished;
import dev.gantry.contracts.risk.RiskResponseOverdue;
import dev.gantry.contracts.risk.RiskStatusChanged;
import dev.gantry.contracts.risk.SimulationCompleted;
import dev.gantry.contracts.resources.OverallocationResolved;
import dev.gantry.contracts.resources.PersonChanged;
import dev.gantry.contracts.resources.PersonRemoved;
import dev.gantry.contracts.project.LessonRecorded;
import dev.gantry.contracts.project.LessonRemoved;
import dev.gantry.contracts.project.LessonUpdated;
import dev.gantry.contracts.project.BaselineDeleted;
import dev.gantry.contracts.project.BaselineSaved;
import dev.gantry.contracts.closure.ProjectClosureFailed;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectClosureTimedOut;
import dev.gantry.contracts.closure.ProjectFinalReportPublished;
import dev.gantry.contracts.closure.ProjectResourcesReleased;
import dev.gantry.contracts.closure.ProjectRisksSettled;
import dev.gantry.contracts.project.ActionItemAdded;
import dev.gantry.contracts.project.AssignmentsImported;
import dev.gantry.contracts.project.ActionItemConvertedToTask;
import dev.gantry.contracts.project.ActionItemUpdated;
import dev.gantry.contracts.project.MeetingCancelled;
import dev.gantry.contracts.project.MeetingScheduled;
import dev.gantry.contracts.project.MeetingUpdated;
import dev.gantry.contracts.project.ProjectCharterUpdated;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectMemberAdded;
import dev.gantry.contracts.project.ProjectMemberRemoved;
import dev.gantry.contracts.project.ScheduleChanged;
import dev.gantry.contracts.project.ProjectStatusChanged;
import dev.gantry.contracts.project.ProjectTemplateApplied;
import dev.gantry.contracts.project.ProjectTemplateDeleted;
import dev.gantry.contracts.project.ProjectTemplateSaved;
import dev.gantry.contracts.project.ProjectUpdated;
import dev.gantry.contracts.project.StakeholderAdded;
import dev.gantry.contracts.project.StakeholderRemoved;
import dev.gantry.contracts.project.StakeholderUpdated;
import dev.gantry.contracts.project.TaskProgressReported;
import dev.gantry.contracts.schedule.ScheduleCalendar;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleLink;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.contracts.schedule.ScheduleVersion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every event type Gantry publishes. Consumers look up the record class of a {@code ce_type} here. */
public final class EventCatalog {

    public static final List<Class<? extends GantryEvent>> ALL = List.of(
            ProjectCreated.class,
            ProjectUpdated.class,
            ProjectMemberAdded.class,
            ProjectMemberRemoved.class,
            ScheduleChanged.class,
            ScheduleVersion.class,
            ScheduleTask.class,
            ScheduleDates.class,
            ScheduleLink.class,
            ScheduleCalendar.class,
            ProjectCharterUpdated.class,
            ProjectStatusChanged.class,
            StakeholderAdded.class,
            StakeholderUpdated.class,
            StakeholderRemoved.class,
            ProjectTemplateApplied.class,
            LessonRecorded.class,
            LessonUpdated.class,
            LessonRemoved.class,
            ProjectTemplateSaved.class,
            ProjectTemplateDeleted.class,
            TaskProgressReported.class,
            AssignmentsImported.class,
            BaselineSaved.class,
            BaselineDeleted.class,
            ProjectClosureRequested.class,
            ProjectClosureFailed.class,
            ProjectClosureTimedOut.class,
            ProjectResourcesReleased.class,
            OverallocationDetected.class,
            OverallocationResolved.class,
            CostActualsRecorded.class,
            AllocationChanged.class,
            AllocationRemoved.class,
            PersonChanged.class,
            PersonRemoved.class,
            HardwareLifecycleRisk.class,
            HardwareLifecycleRiskCleared.class,
            AssetReservationConflict.class,
            AssetReservationConflictResolved.class,
            ProjectRisksSettled.class,
            RiskRaised.class,
            RiskAssessed.class,
            RiskStatusChanged.class,
            RiskResponseOverdue.class,
            SimulationCompleted.class,
            ProjectFinalReportPublished.class,
            EarnedValueAlert.class,
            StatusReportPublished.class,
            MeetingScheduled.class,
            MeetingUpdated.class,
            MeetingCancelled.class,
            ActionItemAdded.class,
            ActionItemUpdated.class,
            ActionItemConvertedToTask.class);

    private static final Map<String, Class<? extends GantryEvent>> BY_TYPE = new LinkedHashMap<>();

    static {
        for (Class<? extends GantryEvent> eventClass : ALL) {
            BY_TYPE.put(GantryEvent.typeOf(eventClass), eventClass);
        }
    }

    private EventCatalog() {
    }

    public static Optional<Class<? extends GantryEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Map<String, Class<? extends GantryEvent>> byType() {
        return Map.copyOf(BY_TYPE);
    }
}
