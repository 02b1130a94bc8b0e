package dev.gantry.contracts.project;

import java.math.BigDecimal;

/** An amount of money in an ISO-4217 currency. */
public record Money(BigDecimal amount, String currency) {
}
