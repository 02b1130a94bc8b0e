package dev.gantry.projects.charter.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Everything a charter says; a PUT replaces all of it. Null lists read as empty. */
public record CharterContent(String scopeStatement, List<Objective> objectives, List<Deliverable> deliverables,
                             List<String> inScope, List<String> outOfScope, List<String> constraints,
                             List<String> assumptions, BigDecimal contingencyAmount, String contingencyCurrency,
                             Sponsor sponsor, Priority priority, LocalDate plannedEndDate) {

    public CharterContent {
        // money is kept with two decimals, as the database stores it, so that 12000 and 12000.00 are the same content
        contingencyAmount = contingencyAmount == null ? null : contingencyAmount.setScale(2, RoundingMode.HALF_EVEN);
        objectives = copy(objectives);
        deliverables = copy(deliverables);
        inScope = copy(inScope);
        outOfScope = copy(outOfScope);
        constraints = copy(constraints);
        assumptions = copy(assumptions);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
