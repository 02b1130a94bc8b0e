package dev.gantry.projects.baseline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/** A named copy of a project's schedule at one moment: its span and total planned cost; the tasks are in {@link BaselineTask}. */
@Entity
@Table(name = "baseline")
public class Baseline {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "project_start", nullable = false)
    public LocalDateTime start;

    @Column(name = "project_finish", nullable = false)
    public LocalDateTime finish;

    /** Sum of the planned costs entered on the project's tasks. */
    @Column(name = "total_planned_cost", nullable = false)
    public BigDecimal totalPlannedCost;

    /** The project's budget currency when saved; null when the project had no budget. */
    public String currency;

    @Column(name = "task_count", nullable = false)
    public int taskCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;
}
