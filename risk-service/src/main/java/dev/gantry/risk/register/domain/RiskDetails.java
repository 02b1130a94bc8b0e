package dev.gantry.risk.register.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything said about a risk; a new one is made of it, and a change names which parts it sets. */
public record RiskDetails(String title, String cause, String event, String effect, String category, String owner,
                          LocalDate proximity, String trigger, ResponseStrategy strategy, Integer probability,
                          Integer impact, Integer residualProbability, Integer residualImpact,
                          Integer scheduleImpactDays, BigDecimal costImpact, String currency, String qualityImpact,
                          List<String> tags, List<UUID> taskIds) {
}
