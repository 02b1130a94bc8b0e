package dev.gantry.resources.people.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** Everything said about a person; a new person is made of it, and a change names which parts it sets. */
public record PersonDetails(String name, String email, String username, JobFamily jobFamily, String team,
                            BigDecimal capacityHoursPerWeek, List<Skill> skills, List<CostRate> rates,
                            Set<DayOfWeek> workingDays, List<Holiday> holidays) {
}
