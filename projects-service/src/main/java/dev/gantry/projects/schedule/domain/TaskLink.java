package dev.gantry.projects.schedule.domain;

import dev.gantry.scheduling.model.Lag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A dependency between two tasks of the same project. */
@Entity
@Table(name = "schedule_dependency")
public class TaskLink {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "predecessor_id", nullable = false)
    public UUID predecessorId;

    @Column(name = "successor_id", nullable = false)
    public UUID successorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LinkType type;

    /** Minutes, or percent of the predecessor's duration; negative for a lead. */
    @Column(name = "lag_value", nullable = false)
    public double lagValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "lag_unit", nullable = false)
    public Lag.LagUnit lagUnit = Lag.LagUnit.WORKING_MINUTES;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static TaskLink create(UUID projectId, UUID predecessorId, UUID successorId, LinkType type, double lagValue,
                                  Lag.LagUnit lagUnit, Instant now) {
        TaskLink link = new TaskLink();
        link.id = UUID.randomUUID();
        link.projectId = projectId;
        link.predecessorId = predecessorId;
        link.successorId = successorId;
        link.type = type == null ? LinkType.FS : type;
        link.lagValue = lagValue;
        link.lagUnit = lagUnit == null ? Lag.LagUnit.WORKING_MINUTES : lagUnit;
        link.createdAt = now;
        return link;
    }

    public Lag lag() {
        return new Lag(lagValue, lagUnit);
    }
}
