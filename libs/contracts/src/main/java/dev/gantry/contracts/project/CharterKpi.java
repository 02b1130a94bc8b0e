package dev.gantry.contracts.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measurable key performance indicator: the value to reach ({@code target}, in {@code unit}) by {@code dueDate}. */
public record CharterKpi(String name, BigDecimal target, String unit, LocalDate dueDate, BigDecimal currentValue) {
}
