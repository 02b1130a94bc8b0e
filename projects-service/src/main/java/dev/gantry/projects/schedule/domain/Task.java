package dev.gantry.projects.schedule.domain;

import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.WorkAssignment;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A task of a project's WBS as the planner entered it (or as it came from an imported file). Its computed dates
 * are in {@link TaskDates}: recomputing the schedule is not an edit of the task.
 */
@Entity
@Table(name = "schedule_task")
public class Task {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** Order among the project's tasks (siblings are listed in this order). */
    @Column(nullable = false)
    public long position;

    /** The task's UniqueID in the MS Project file it was imported from. */
    @Column(name = "external_id")
    public Integer externalId;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_id")
    public UUID parentId;

    /** A WBS code given by an imported file; null to number the outline. */
    public String wbs;

    @Column(name = "duration_minutes", nullable = false)
    public long durationMinutes;

    /** The duration runs in calendar time (MS Project's elapsed days). */
    @Column(nullable = false)
    public boolean elapsed;

    @Column(nullable = false)
    public boolean milestone;

    @Column(nullable = false)
    public boolean manual;

    @Column(name = "manual_start")
    public LocalDateTime manualStart;

    @Column(name = "manual_finish")
    public LocalDateTime manualFinish;

    /** The task's levelling delay (see PlanTask): from an imported plan or set through the API; 0 for none. */
    @Column(name = "leveling_delay_minutes", nullable = false)
    public long levelingDelayMinutes;

    @Column(name = "leveling_delay_elapsed", nullable = false)
    public boolean levelingDelayElapsed = true;

    /** Working minutes of the pauses inside an imported split task's bar (see PlanTask); read-only in the API. */
    @Column(name = "split_minutes", nullable = false)
    public long splitMinutes;

    /**
     * A manually scheduled task the imported file left without a name (shown as "Task <UniqueID>"): the engine leaves it
     * out of its summary's roll-up, as MS Project does. Cleared when the task is named or scheduled automatically.
     */
    @Column(name = "blank_row", nullable = false)
    public boolean blankRow;

    @Enumerated(EnumType.STRING)
    @Column(name = "constraint_type", nullable = false)
    public ConstraintType constraintType = ConstraintType.AS_SOON_AS_POSSIBLE;

    @Column(name = "constraint_date")
    public LocalDateTime constraintDate;

    public LocalDateTime deadline;

    @Column(name = "calendar_id")
    public UUID calendarId;

    @Column(name = "actual_start")
    public LocalDateTime actualStart;

    @Column(name = "actual_finish")
    public LocalDateTime actualFinish;

    @Column(name = "percent_complete", nullable = false)
    public BigDecimal percentComplete = BigDecimal.ZERO;

    @Column(name = "actual_minutes")
    public Long actualMinutes;

    @Column(name = "remaining_minutes")
    public Long remainingMinutes;

    /** Planned cost in the project's budget currency; null for none. */
    @Column(name = "planned_cost")
    public BigDecimal plannedCost;

    /** Work assignments driving an imported task's duration; stored as JSON, NULL for none. */
    @Convert(converter = ScheduleJson.Assignments.class)
    public List<WorkAssignment> assignments = List.of();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The meeting action item the task was created from, if any (cleared when the item goes). */
    @Column(name = "origin_action_item_id")
    public UUID originActionItemId;

    @Column(name = "origin_meeting_id")
    public UUID originMeetingId;

    public static Task create(UUID projectId, long position, String name, Instant now) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.projectId = projectId;
        task.position = position;
        task.name = name.strip();
        task.createdAt = now;
        task.updatedAt = now;
        return task;
    }

    public boolean hasProgress() {
        return actualStart != null || actualFinish != null || percentComplete.signum() > 0 || remainingMinutes != null;
    }
}
