package dev.gantry.projects.meeting.domain;

import dev.gantry.platform.errors.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Something agreed in a meeting that someone has to do by a date. It can become a task of the project's WBS; then
 * {@code taskId} names the task (and is cleared by the database when the task is deleted).
 */
@Entity
@Table(name = "meeting_action_item")
public class ActionItem {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String description;

    @Column(name = "owner_user_id")
    public String ownerUserId;

    @Column(name = "owner_name", nullable = false)
    public String ownerName;

    @Column(name = "owner_email")
    public String ownerEmail;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionItemStatus status;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "converted_at")
    public Instant convertedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static ActionItem add(Meeting meeting, String description, Person owner, LocalDate dueDate,
                                 ActionItemStatus status, Instant now) {
        ActionItem item = new ActionItem();
        item.id = UUID.randomUUID();
        item.projectId = meeting.projectId;
        item.meetingId = meeting.id;
        item.createdAt = now;
        item.updatedAt = now;
        item.change(description, owner, dueDate, status, now);
        return item;
    }

    /** Replaces the item's content and returns the names of the fields that changed. */
    public List<String> change(String newDescription, Person owner, LocalDate newDueDate, ActionItemStatus newStatus,
                               Instant now) {
        List<String> changed = new ArrayList<>();
        if (!newDescription.equals(description)) {
            description = newDescription;
            changed.add("description");
        }
        if (!owner.equals(owner())) {
            ownerUserId = owner.userId();
            ownerName = owner.name();
            ownerEmail = owner.email();
            changed.add("owner");
        }
        if (!newDueDate.equals(dueDate)) {
            dueDate = newDueDate;
            changed.add("dueDate");
        }
        if (newStatus != status) {
            status = newStatus;
            changed.add("status");
        }
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    public void convertedTo(UUID task, Instant now) {
        taskId = task;
        convertedAt = now;
        updatedAt = now;
    }

    public Person owner() {
        return ownerName == null ? null : new Person(ownerUserId, ownerName, ownerEmail);
    }

    public boolean hasTask() {
        return taskId != null;
    }

    /** Refuses turning this item into a task unless it is open and not a task already, saying what to do instead. */
    public void requireConvertibleToTask() {
        if (hasTask()) {
            throw new ConflictException("Action item " + id + " is already task " + taskId,
                    List.of("An action item becomes at most one task; delete the task to convert the item again"));
        }
        if (status != ActionItemStatus.OPEN) {
            throw new ConflictException("Action item " + id + " is " + status + "; only open items become tasks",
                    List.of("Reopen the item (status OPEN) first"));
        }
    }
}
