package dev.gantry.resources.schedule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** The latest ScheduleDates record of one segment of a project, as published. */
@Entity
@Table(name = "schedule_segment")
public class ScheduleSegment {

    @Embeddable
    public record Key(@Column(name = "project_id") UUID projectId, @Column(name = "segment") int segment)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public String body;
}
