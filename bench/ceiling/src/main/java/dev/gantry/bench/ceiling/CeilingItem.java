package dev.gantry.bench.ceiling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row shaped like a task (id, project, name, duration, position, timestamps), with no rules attached. */
@Entity
@Table(name = "ceiling_item", indexes = @Index(name = "ceiling_item_project_position", columnList = "project_id, position"))
public class CeilingItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(name = "duration_minutes", nullable = false)
    public long durationMinutes;

    @Column(nullable = false)
    public int position;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
