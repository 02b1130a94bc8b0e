package dev.gantry.platform.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service's own copy of what it needs to know about a project (design §1: services never read each other's
 * databases). Used by services that include the {@code db/replica} migrations (resources-service, risk-service).
 */
@Entity
@Table(name = "project_replica")
public class ProjectReplica {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String status;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
