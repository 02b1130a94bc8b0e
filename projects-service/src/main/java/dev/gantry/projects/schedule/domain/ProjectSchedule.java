package dev.gantry.projects.schedule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** A project's scheduling settings and the span of its last computed schedule. */
@Entity
@Table(name = "project_schedule")
public class ProjectSchedule {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    /** The project calendar; null for the standard calendar (Mon–Fri 08:00–12:00, 13:00–17:00). */
    @Column(name = "default_calendar_id")
    public UUID defaultCalendarId;

    /** Time of day the plan starts on the project's start date; null for the start of its first working period. */
    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "status_date")
    public LocalDateTime statusDate;

    @Column(name = "move_remaining_work", nullable = false)
    public boolean moveRemainingWork;

    /** MS Project's "Split in-progress tasks": a started task's remaining work waits for its unfinished predecessors. */
    @Column(name = "split_in_progress", nullable = false)
    public boolean splitInProgress;

    @Column(name = "schedule_start")
    public LocalDateTime start;

    @Column(name = "schedule_finish")
    public LocalDateTime finish;

    @Column(name = "calculated_at")
    public Instant calculatedAt;

    /**
     * Advances with every recomputation; the version of the schedule published on the schedules topic (and the
     * version of the network this replica may keep in memory).
     */
    @Column(name = "schedule_version", nullable = false)
    public long scheduleVersion;

    /** The number of segments the computed dates are stored and published in (0 before the first computation). */
    @Column(name = "date_segments", nullable = false)
    public int dateSegments;

    /**
     * Set when the schedule must be published whole on the schedules topic (after an upgrade that changed the
     * topic's records); {@code ScheduleRepublisher} does it and clears it.
     */
    @Column(nullable = false)
    public boolean republish;

    @Version
    public long version;

    public static ProjectSchedule of(UUID projectId) {
        ProjectSchedule schedule = new ProjectSchedule();
        schedule.projectId = projectId;
        return schedule;
    }
}
