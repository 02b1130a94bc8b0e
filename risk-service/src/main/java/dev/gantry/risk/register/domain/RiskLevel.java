package dev.gantry.risk.register.domain;

/** The band a score falls in, by the matrix's thresholds. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
