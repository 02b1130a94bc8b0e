package dev.gantry.reporting.status.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PMO's thresholds for the RAG ratings (docs/api.md, "Project status"). Days are calendar days; indices are CPI and
 * SPI; the forecast overrun is the estimate at completion (by CPI) above the budget at completion, in percent; risk
 * levels are the bands of the organisation's matrix (LOW, MEDIUM, HIGH, CRITICAL).
 */
public record StatusThresholds(
        int amberSlipDays,
        int redSlipDays,
        BigDecimal spiAmberBelow,
        BigDecimal spiRedBelow,
        BigDecimal cpiAmberBelow,
        BigDecimal cpiRedBelow,
        BigDecimal forecastAmberOverPercent,
        BigDecimal forecastRedOverPercent,
        String riskAmberLevel,
        String riskRedLevel,
        int resourcesRedEpisodes) {

    /** The risk levels from lowest to highest. */
    public static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

    /** What is wrong with these thresholds, field by field; empty when they make sense together. */
    public Map<String, String> problems() {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (amberSlipDays < 0) {
            problems.put("amberSlipDays", "must be 0 or more");
        }
        if (redSlipDays < amberSlipDays) {
            problems.put("redSlipDays", "must be at least amberSlipDays (" + amberSlipDays + ")");
        }
        index(problems, "spi", spiAmberBelow, spiRedBelow);
        index(problems, "cpi", cpiAmberBelow, cpiRedBelow);
        if (forecastAmberOverPercent == null || forecastAmberOverPercent.signum() < 0) {
            problems.put("forecastAmberOverPercent", "must be 0 or more");
        } else if (forecastRedOverPercent == null || forecastRedOverPercent.compareTo(forecastAmberOverPercent) < 0) {
            problems.put("forecastRedOverPercent", "must be at least forecastAmberOverPercent ("
                    + forecastAmberOverPercent.toPlainString() + ")");
        }
        if (!LEVELS.contains(riskAmberLevel)) {
            problems.put("riskAmberLevel", "must be one of " + LEVELS);
        }
        if (!LEVELS.contains(riskRedLevel)) {
            problems.put("riskRedLevel", "must be one of " + LEVELS);
        } else if (LEVELS.contains(riskAmberLevel) && LEVELS.indexOf(riskRedLevel) < LEVELS.indexOf(riskAmberLevel)) {
            problems.put("riskRedLevel", "must be at or above riskAmberLevel (" + riskAmberLevel + ")");
        }
        if (resourcesRedEpisodes < 1) {
            problems.put("resourcesRedEpisodes", "must be 1 or more");
        }
        return problems;
    }

    private static void index(Map<String, String> problems, String name, BigDecimal amber, BigDecimal red) {
        List<String> missing = new ArrayList<>();
        if (amber == null || amber.signum() <= 0) {
            problems.put(name + "AmberBelow", "must be more than 0");
            missing.add("amber");
        }
        if (red == null || red.signum() <= 0) {
            problems.put(name + "RedBelow", "must be more than 0");
            missing.add("red");
        }
        if (missing.isEmpty() && red.compareTo(amber) > 0) {
            problems.put(name + "RedBelow", "must be at most " + name + "AmberBelow (" + amber.toPlainString() + ")");
        }
    }

    /** The rank of a risk level (0 = LOW), -1 for a risk not scored. */
    public static int rank(String level) {
        return level == null ? -1 : LEVELS.indexOf(level);
    }
}
