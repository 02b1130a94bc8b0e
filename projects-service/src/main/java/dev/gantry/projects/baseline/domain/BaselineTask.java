package dev.gantry.projects.baseline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** A task as it was when its baseline was saved. A summary task's planned cost includes its subtasks'. */
@Entity
@Table(name = "baseline_task")
public class BaselineTask {

    @Id
    public UUID id;

    @Column(name = "baseline_id", nullable = false)
    public UUID baselineId;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    /** Outline order within the baseline. */
    @Column(nullable = false)
    public int position;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public String name;

    public String wbs;

    @Column(nullable = false)
    public boolean summary;

    @Column(nullable = false)
    public boolean milestone;

    @Column(nullable = false)
    public LocalDateTime start;

    @Column(nullable = false)
    public LocalDateTime finish;

    @Column(name = "duration_minutes", nullable = false)
    public long durationMinutes;

    @Column(name = "planned_cost")
    public BigDecimal plannedCost;
}
