package dev.gantry.projects.schedule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.UUID;

/** The computed schedule of one task, replaced by every recomputation. */
@Entity
@Table(name = "schedule_task_dates")
public class TaskDates {

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String wbs;

    @Column(name = "outline_level", nullable = false)
    public int outlineLevel;

    @Column(nullable = false)
    public boolean summary;

    @Column(name = "start_at", nullable = false)
    public LocalDateTime start;

    @Column(name = "finish_at", nullable = false)
    public LocalDateTime finish;

    @Column(name = "early_start", nullable = false)
    public LocalDateTime earlyStart;

    @Column(name = "early_finish", nullable = false)
    public LocalDateTime earlyFinish;

    @Column(name = "late_start", nullable = false)
    public LocalDateTime lateStart;

    @Column(name = "late_finish", nullable = false)
    public LocalDateTime lateFinish;

    @Column(name = "duration_minutes", nullable = false)
    public long durationMinutes;

    @Column(name = "total_slack_minutes", nullable = false)
    public long totalSlackMinutes;

    @Column(name = "free_slack_minutes", nullable = false)
    public long freeSlackMinutes;

    @Column(nullable = false)
    public boolean critical;
}
