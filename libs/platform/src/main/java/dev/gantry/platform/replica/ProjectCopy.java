package dev.gantry.platform.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What every service's copy of a project holds (design §1: services never read each other's databases): the
 * descriptive fields of projects-service's project events and the version they came with. A service's own copy (the
 * replica, reporting's portfolio entry) extends it with what else it needs; {@link ProjectCopies} keeps it current.
 */
@MappedSuperclass
public abstract class ProjectCopy {

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

    /** The project's version in projects-service when this copy was last updated. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Takes a newer version of the project; an older or repeated one is refused, so the copy converges whatever the
     * delivery order of the events.
     */
    public boolean applyVersion(long version) {
        if (version <= sourceVersion) {
            return false;
        }
        sourceVersion = version;
        return true;
    }
}
