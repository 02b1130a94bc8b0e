package dev.gantry.resources.people.domain;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Days a person does not work, from {@code firstDay} to {@code lastDay} inclusive: whole days, or {@code hoursPerDay}
 * of each. A person's absences never overlap.
 */
@Entity
@Table(name = "absence")
public class Absence {

    public static final List<String> FIELDS = List.of("kind", "status", "firstDay", "lastDay", "hoursPerDay", "note");
    /** The longest absence one entry may hold; a longer one is entered as several. */
    public static final int MAX_DAYS = 366;

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AbsenceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AbsenceStatus status;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    @Column(name = "hours_per_day")
    public BigDecimal hoursPerDay;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Absence add(UUID personId, AbsenceDetails details, Instant now) {
        Absence absence = new Absence();
        absence.id = UUID.randomUUID();
        absence.personId = personId;
        absence.status = AbsenceStatus.PLANNED;
        absence.createdAt = now;
        absence.updatedAt = now;
        Set<String> fields = new java.util.HashSet<>(FIELDS);
        if (details.status() == null) {
            fields.remove("status");
        }
        absence.change(details, fields, now);
        return absence;
    }

    /** Sets the named fields, checks the period and returns the names of the fields that changed. */
    public List<String> change(AbsenceDetails details, Set<String> fields, Instant now) {
        List<String> changed = new ArrayList<>();
        for (String field : FIELDS) {
            if (fields.contains(field) && set(field, details)) {
                changed.add(field);
            }
        }
        requireValidPeriod();
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !firstDay.isAfter(to) && !lastDay.isBefore(from);
    }

    private void requireValidPeriod() {
        if (lastDay.isBefore(firstDay)) {
            throw new ValidationException(FieldError.body("/lastDay",
                    "must be on or after firstDay (" + firstDay + ")"));
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) {
            throw new ValidationException(FieldError.body("/lastDay",
                    "must be at most " + MAX_DAYS + " days after firstDay: enter a longer absence as several"));
        }
    }

    private boolean set(String field, AbsenceDetails d) {
        Object before = value(field);
        switch (field) {
            case "kind" -> kind = Objects.requireNonNull(d.kind());
            case "status" -> status = Objects.requireNonNull(d.status());
            case "firstDay" -> firstDay = Objects.requireNonNull(d.firstDay());
            case "lastDay" -> lastDay = Objects.requireNonNull(d.lastDay());
            case "hoursPerDay" -> hoursPerDay = d.hoursPerDay();
            case "note" -> note = d.note();
            default -> throw new IllegalArgumentException(field);
        }
        return Changes.differ(before, value(field));
    }

    private Object value(String field) {
        return switch (field) {
            case "kind" -> kind;
            case "status" -> status;
            case "firstDay" -> firstDay;
            case "lastDay" -> lastDay;
            case "hoursPerDay" -> hoursPerDay;
            case "note" -> note;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
