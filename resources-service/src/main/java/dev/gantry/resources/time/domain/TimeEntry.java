package dev.gantry.resources.time.domain;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.resources.people.domain.Changes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Hours a person worked on a project, and optionally one of its tasks, on one day. Entered by the person or a resource
 * manager; the project's manager approves or rejects it. An approved entry is final: its hours are actual hours, costed
 * at the person's rate of that day. A rejected one goes back to submitted when it is changed.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry {

    public static final List<String> FIELDS = List.of("taskId", "day", "hours", "note");

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(nullable = false)
    public LocalDate day;

    @Column(nullable = false)
    public BigDecimal hours;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TimeStatus status;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The fields a time entry is entered with and may change while it is not approved. */
    public record Details(UUID taskId, LocalDate day, BigDecimal hours, String note) {
    }

    public static TimeEntry enter(UUID personId, UUID projectId, Details details, String enteredBy, Instant now) {
        TimeEntry entry = new TimeEntry();
        entry.id = UUID.randomUUID();
        entry.personId = personId;
        entry.projectId = projectId;
        entry.taskId = details.taskId();
        entry.day = details.day();
        entry.hours = details.hours();
        entry.note = details.note();
        entry.status = TimeStatus.SUBMITTED;
        entry.enteredBy = enteredBy;
        entry.createdAt = now;
        entry.updatedAt = now;
        return entry;
    }

    /**
     * Sets the named fields; returns those that changed. A rejected entry that changes is submitted again (the
     * rejection is kept until the next decision). An approved entry is final.
     */
    public List<String> change(Details details, Set<String> fields, Instant now) {
        requireOpen();
        List<String> changed = new ArrayList<>();
        for (String field : FIELDS) {
            if (!fields.contains(field)) {
                continue;
            }
            Object before = value(field);
            switch (field) {
                case "taskId" -> taskId = details.taskId();
                case "day" -> day = details.day();
                case "hours" -> hours = details.hours();
                case "note" -> note = details.note();
                default -> throw new IllegalArgumentException(field);
            }
            if (Changes.differ(before, value(field))) {
                changed.add(field);
            }
        }
        if (!changed.isEmpty()) {
            status = TimeStatus.SUBMITTED;
            updatedAt = now;
        }
        return changed;
    }

    /** Records the project manager's decision on a submitted entry. */
    public void decide(TimeStatus decision, String by, String why, Instant now) {
        if (decision == TimeStatus.SUBMITTED) {
            throw new IllegalArgumentException("a decision approves or rejects");
        }
        if (status != TimeStatus.SUBMITTED) {
            throw new ConflictException("Time entry " + id + " is " + status.name().toLowerCase()
                    + ": only submitted entries are decided", List.of(status == TimeStatus.REJECTED
                    ? "A rejected entry is decided again once it has been changed" : "An approved entry is final"));
        }
        status = decision;
        decidedBy = by;
        decidedAt = now;
        decisionNote = why;
        updatedAt = now;
    }

    /** An approved entry can be neither changed nor removed. */
    public void requireOpen() {
        if (status == TimeStatus.APPROVED) {
            throw new ConflictException("Time entry " + id + " is approved and final",
                    List.of("Record further hours of that day as a new entry"));
        }
    }

    private Object value(String field) {
        return switch (field) {
            case "taskId" -> taskId;
            case "day" -> day;
            case "hours" -> hours;
            case "note" -> note;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
