package dev.gantry.contracts.reporting;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A project's cost or schedule performance index crossed its alert threshold: {@code BELOW} when it fell under it,
 * {@code RECOVERED} when it came back to it or above. One alert each way per episode: the {@code RECOVERED} alert
 * carries the {@code alertId} of the {@code BELOW} alert it ends. The figures are the project's earned value at its
 * status date when the index crossed, in {@code currency} (absent when the project has no budget currency); {@code
 * eac} is the estimate at completion by CPI, absent while there is no actual cost. Keyed by the project's id.
 */
@EventType(value = "dev.gantry.reporting.earned-value-alert.v1", topic = Topics.REPORTING)
public record EarnedValueAlert(
        UUID projectId,
        UUID alertId,
        Index index,
        Direction direction,
        BigDecimal value,
        BigDecimal threshold,
        LocalDate statusDate,
        String currency,
        BigDecimal bac,
        BigDecimal pv,
        BigDecimal ev,
        BigDecimal ac,
        BigDecimal eac,
        Instant raisedAt) implements GantryEvent {

    /** Which index: CPI = EV / AC, SPI = EV / PV. */
    public enum Index { CPI, SPI }

    public enum Direction { BELOW, RECOVERED }

    @Override
    public String subject() {
        return projectId.toString();
    }
}
