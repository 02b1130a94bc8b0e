package dev.gantry.resources.schedule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The latest ScheduleVersion of a project, and the last version applied to its allocations. */
@Entity
@Table(name = "schedule_header")
public class ScheduleHeader {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(nullable = false)
    public long version;

    @Column(name = "date_segments", nullable = false)
    public int dateSegments;

    @Column(name = "task_count", nullable = false)
    public int taskCount;

    @Column(name = "applied_version")
    public Long appliedVersion;
}
