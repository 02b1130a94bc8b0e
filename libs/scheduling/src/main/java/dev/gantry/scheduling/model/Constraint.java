package dev.gantry.scheduling.model;

import java.time.LocalDateTime;
import java.util.Objects;

/** A date constraint on a task; {@code date} is null for ASAP and ALAP. */
public record Constraint(ConstraintType type, LocalDateTime date) {

    public static final Constraint ASAP = new Constraint(ConstraintType.AS_SOON_AS_POSSIBLE, null);
    public static final Constraint ALAP = new Constraint(ConstraintType.AS_LATE_AS_POSSIBLE, null);

    public Constraint {
        Objects.requireNonNull(type, "type");
    }

    public static Constraint of(ConstraintType type, LocalDateTime date) {
        return new Constraint(type, date);
    }
}
