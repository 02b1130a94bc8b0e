package dev.gantry.risk.register;

import dev.gantry.risk.register.domain.Risk;
import dev.gantry.risk.register.domain.RiskAction;
import dev.gantry.risk.register.domain.RiskMatrix;

import java.util.List;

/** A risk with what its answer shows beside it: the matrix it is scored on and its response's actions. */
public record RiskView(Risk risk, RiskMatrix matrix, List<RiskAction> actions) {
}
