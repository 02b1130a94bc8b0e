package dev.gantry.projects.schedule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A working-time calendar of a project. Its weekly periods and exceptions are kept together as one JSON document
 * ({@code definition}), since they are always read and replaced as a whole.
 */
@Entity
@Table(name = "schedule_calendar")
public class ProjectCalendar {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String name;

    /** The base calendar this one derives from: absent weekdays and its exceptions are inherited. */
    @Column(name = "parent_id")
    public UUID parentId;

    @Convert(converter = ScheduleJson.WorkingTime.class)
    @Column(nullable = false)
    public CalendarDefinition definition;

    /** The calendar's id in an imported file. */
    @Column(name = "external_id")
    public String externalId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static ProjectCalendar create(UUID projectId, String name, UUID parentId, CalendarDefinition definition,
                                         Instant now) {
        ProjectCalendar calendar = new ProjectCalendar();
        calendar.id = UUID.randomUUID();
        calendar.projectId = projectId;
        calendar.name = name.strip();
        calendar.parentId = parentId;
        calendar.definition = definition;
        calendar.createdAt = now;
        calendar.updatedAt = now;
        return calendar;
    }
}
