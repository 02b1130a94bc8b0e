package dev.gantry.resources.schedule.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task's period as an allocation takes it: the calendar days of its computed start and finish (a finish at
 * midnight ends on the day before), and whether it is critical.
 */
public record TaskDates(UUID taskId, LocalDate firstDay, LocalDate lastDay, boolean critical) {
}
