package dev.gantry.resources.people.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Everything said about an absence; a new one is made of it, and a change names which parts it sets. */
public record AbsenceDetails(AbsenceKind kind, AbsenceStatus status, LocalDate firstDay, LocalDate lastDay,
                             BigDecimal hoursPerDay, String note) {
}
