package dev.gantry.resources.allocation.domain;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.resources.people.domain.Changes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person allocated to a project from {@code firstDay} to {@code lastDay} inclusive, at {@code percent} of their
 * capacity or {@code hoursPerDay} on each working day — exactly one of the two.
 */
@Entity
@Table(name = "allocation")
public class Allocation {

    public static final List<String> FIELDS = List.of("personId", "taskId", "firstDay", "lastDay", "percent",
            "hoursPerDay", "role", "note");
    /** Fields whose change by hand ends an imported allocation's shape. */
    private static final Set<String> SHAPED_BY = Set.of("taskId", "firstDay", "lastDay", "percent", "hoursPerDay");
    /** The longest period one allocation may span: ten years. */
    public static final int MAX_DAYS = 3653;

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** The task the allocation follows: its period is the task's, and moves when the task's dates move. */
    @Column(name = "task_id")
    public UUID taskId;

    /** Whether the task was critical when its dates were last taken. */
    @Column(name = "task_critical")
    public Boolean taskCritical;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    public BigDecimal percent;

    @Column(name = "hours_per_day")
    public BigDecimal hoursPerDay;

    public String role;

    public String note;

    @Column(name = "released_on")
    public LocalDate releasedOn;

    /**
     * The work of the imported assignment the allocation was made from, with its units, contour and delay: the load
     * asks that work where the plan puts it (the load's {@code Shape}). Null for an allocation made by hand, and cleared
     * when its period or its percent is changed by hand.
     */
    @Column(name = "work_minutes")
    public Long workMinutes;

    @Column(name = "work_units")
    public BigDecimal workUnits;

    public String contour;

    @Column(name = "delay_minutes")
    public Long delayMinutes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Allocation add(UUID projectId, AllocationDetails details, Instant now) {
        Allocation allocation = new Allocation();
        allocation.id = UUID.randomUUID();
        allocation.projectId = projectId;
        allocation.createdAt = now;
        allocation.updatedAt = now;
        allocation.change(details, Set.copyOf(FIELDS), now);
        return allocation;
    }

    /**
     * Sets the named fields and returns those that changed. Setting one of percent and hoursPerDay clears the other;
     * the result must have exactly one, and a period of at most {@link #MAX_DAYS} days.
     */
    public List<String> change(AllocationDetails details, Set<String> fields, Instant now) {
        Set<String> setting = new HashSet<>(fields);
        if (setting.contains("percent") && details.percent() != null && !setting.contains("hoursPerDay")) {
            setting.add("hoursPerDay");
        }
        if (setting.contains("hoursPerDay") && details.hoursPerDay() != null && !setting.contains("percent")) {
            setting.add("percent");
        }
        List<String> changed = new ArrayList<>();
        for (String field : FIELDS) {
            if (setting.contains(field) && set(field, details)) {
                changed.add(field);
            }
        }
        if (changed.stream().anyMatch(SHAPED_BY::contains)) {
            // A period or a share set by hand is the allocation now, not the imported assignment's work.
            workMinutes = null;
            workUnits = null;
            contour = null;
            delayMinutes = null;
        }
        requireValid();
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    /** Takes the task's dates (and criticality); true when anything changed. */
    public boolean follow(LocalDate first, LocalDate last, boolean critical, Instant now) {
        boolean changed = !first.equals(firstDay) || !last.equals(lastDay)
                || !Boolean.valueOf(critical).equals(taskCritical);
        if (changed) {
            firstDay = first;
            lastDay = last;
            taskCritical = critical;
            updatedAt = now;
        }
        return changed;
    }

    /**
     * Ends the allocation with the project's closure on {@code day}: it counts for no day after it. Returns false when
     * it had been released already.
     */
    public boolean release(LocalDate day, Instant now) {
        if (releasedOn != null) {
            return false;
        }
        releasedOn = day;
        updatedAt = now;
        return true;
    }

    /** The last day the allocation counts for: its last day, or the day it was released if earlier. */
    public LocalDate effectiveLastDay() {
        return releasedOn != null && releasedOn.isBefore(lastDay) ? releasedOn : lastDay;
    }

    private void requireValid() {
        List<FieldError> errors = new ArrayList<>();
        if (lastDay.isBefore(firstDay)) {
            errors.add(FieldError.body("/lastDay", "must be on or after firstDay (" + firstDay + ")"));
        } else if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) {
            errors.add(FieldError.body("/lastDay", "must be at most " + MAX_DAYS + " days after firstDay"));
        }
        if ((percent == null) == (hoursPerDay == null)) {
            errors.add(FieldError.body("/percent", "give either percent (of the person's capacity) or hoursPerDay,"
                    + " not both and not neither"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private boolean set(String field, AllocationDetails d) {
        Object before = value(field);
        switch (field) {
            case "personId" -> personId = Objects.requireNonNull(d.personId());
            case "taskId" -> taskId = d.taskId();
            case "firstDay" -> firstDay = Objects.requireNonNull(d.firstDay());
            case "lastDay" -> lastDay = Objects.requireNonNull(d.lastDay());
            case "percent" -> percent = d.percent();
            case "hoursPerDay" -> hoursPerDay = d.hoursPerDay();
            case "role" -> role = d.role();
            case "note" -> note = d.note();
            default -> throw new IllegalArgumentException(field);
        }
        return Changes.differ(before, value(field));
    }

    private Object value(String field) {
        return switch (field) {
            case "personId" -> personId;
            case "taskId" -> taskId;
            case "firstDay" -> firstDay;
            case "lastDay" -> lastDay;
            case "percent" -> percent;
            case "hoursPerDay" -> hoursPerDay;
            case "role" -> role;
            case "note" -> note;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
