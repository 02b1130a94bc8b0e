package dev.gantry.resources.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an hour of the person costs from {@code effectiveFrom} until the next rate takes effect. */
@Embeddable
public class CostRate {

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "hourly_rate", nullable = false)
    public BigDecimal hourlyRate;

    @Column(nullable = false)
    public String currency;

    protected CostRate() {
    }

    public CostRate(LocalDate effectiveFrom, BigDecimal hourlyRate, String currency) {
        this.effectiveFrom = effectiveFrom;
        this.hourlyRate = hourlyRate;
        this.currency = currency;
    }

    /** Of {@code rates} (in any order), the one effective on {@code day}: the latest that took effect on or before it. */
    public static Optional<CostRate> effectiveOn(List<CostRate> rates, LocalDate day) {
        CostRate effective = null;
        for (CostRate rate : rates) {
            if (!rate.effectiveFrom.isAfter(day)
                    && (effective == null || rate.effectiveFrom.isAfter(effective.effectiveFrom))) {
                effective = rate;
            }
        }
        return Optional.ofNullable(effective);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostRate r && r.effectiveFrom.equals(effectiveFrom)
                && r.hourlyRate.compareTo(hourlyRate) == 0 && r.currency.equals(currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(effectiveFrom, hourlyRate.stripTrailingZeros(), currency);
    }
}
