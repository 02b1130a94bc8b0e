package dev.gantry.projects.charter.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A key performance indicator: reach {@code target} (in {@code unit}) by {@code dueDate}; {@code currentValue} is the latest measurement. */
public record Kpi(String name, BigDecimal target, String unit, LocalDate dueDate, BigDecimal currentValue) {
}
