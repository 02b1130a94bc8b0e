package dev.gantry.resources.allocation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One assignment of an imported plan — a resource of the file on a task — and what became of it: allocated to the
 * person the resource names, waiting for the task's dates, or reported because it names no one (or several people).
 */
@Entity
@Table(name = "imported_assignment")
public class ImportedAssignment {

    /** What became of an imported assignment. */
    public enum Status {
        /** A person matched; the allocation waits for the task's dates to arrive from the schedule. */
        MATCHED,
        /** The person is allocated to the task. */
        ALLOCATED,
        /** No person has the resource's email address or name: nothing is invented. */
        UNMATCHED,
        /** Several people have the resource's name (and the file gives no email address that settles it). */
        AMBIGUOUS
    }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "import_id", nullable = false)
    public UUID importId;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "task_name")
    public String taskName;

    @Column(name = "resource_name")
    public String resourceName;

    @Column(name = "resource_email")
    public String resourceEmail;

    @Column(nullable = false)
    public BigDecimal units;

    @Column(name = "work_minutes", nullable = false)
    public long workMinutes;

    /** MS Project's work contour of the assignment; null when flat. */
    public String contour;

    /** Working time between the task's start and the assignment's; null when none. */
    @Column(name = "delay_minutes")
    public Long delayMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "allocation_id")
    public UUID allocationId;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
