package dev.gantry.contracts.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person of the resource pool was added or changed (by hand or by a CSV import): what other services need to plan
 * with them — name, the username that links them to a user of Gantry (absent without an account), team, job family,
 * capacity per week and working days (MONDAY … SUNDAY) — with its {@code version}, so a consumer keeps the highest of
 * each person. Skills, cost rates and holidays stay in resources-service. Keyed by the person's id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "dev.gantry.resources.person-changed.v1", topic = Topics.RESOURCES)
public record PersonChanged(
        UUID personId,
        long version,
        String name,
        String username,
        String team,
        String jobFamily,
        BigDecimal capacityHoursPerWeek,
        List<String> workingDays,
        Instant changedAt) implements GantryEvent {

    public PersonChanged {
        workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
    }

    @Override
    public String subject() {
        return personId.toString();
    }
}
