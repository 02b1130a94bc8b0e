package dev.gantry.risk.register.domain;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisation's probability × impact matrix, one version of it. A risk's score is its probability level times
 * its impact level (1 × 1 to n × m); the thresholds band the scores into LOW, MEDIUM, HIGH and CRITICAL. Each
 * probability level stands for a percentage, which the expected monetary value uses. Versions are never changed: a
 * change is a new version with who made it and why.
 */
@Entity
@Table(name = "risk_matrix")
public class RiskMatrix {

    public static final int MIN_LEVELS = 3;
    public static final int MAX_LEVELS = 10;

    @Id
    public long version;

    @Column(name = "probability_labels", nullable = false)
    public String[] probabilityLabels;

    @Column(name = "probability_percents", nullable = false)
    public Integer[] probabilityPercents;

    @Column(name = "impact_labels", nullable = false)
    public String[] impactLabels;

    @Column(name = "medium_from", nullable = false)
    public int mediumFrom;

    @Column(name = "high_from", nullable = false)
    public int highFrom;

    @Column(name = "critical_from", nullable = false)
    public int criticalFrom;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(nullable = false)
    public String reason;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** A new version after this one, checked: labels, increasing percentages, increasing thresholds within range. */
    public static RiskMatrix next(RiskMatrix current, List<String> probabilityLabels, List<Integer> probabilityPercents,
                                  List<String> impactLabels, int mediumFrom, int highFrom, int criticalFrom,
                                  String by, String reason, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        checkLabels("/probabilityLabels", probabilityLabels, errors);
        checkLabels("/impactLabels", impactLabels, errors);
        if (probabilityPercents.size() != probabilityLabels.size()) {
            errors.add(FieldError.body("/probabilityPercents", "needs one percentage per probability level ("
                    + probabilityLabels.size() + ")"));
        } else {
            for (int i = 0; i < probabilityPercents.size(); i++) {
                Integer p = probabilityPercents.get(i);
                if (p == null || p < 1 || p > 99 || (i > 0 && probabilityPercents.get(i - 1) != null
                        && p <= probabilityPercents.get(i - 1))) {
                    errors.add(FieldError.body("/probabilityPercents/" + i,
                            "must be between 1 and 99 and above the level below"));
                }
            }
        }
        int maxScore = probabilityLabels.size() * impactLabels.size();
        if (!(1 < mediumFrom && mediumFrom < highFrom && highFrom < criticalFrom && criticalFrom <= maxScore)) {
            errors.add(FieldError.body("/thresholds", "need 1 < mediumFrom < highFrom < criticalFrom <= " + maxScore
                    + " (the largest score of this matrix)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        RiskMatrix next = new RiskMatrix();
        next.version = current.version + 1;
        next.probabilityLabels = probabilityLabels.stream().map(String::strip).toArray(String[]::new);
        next.probabilityPercents = probabilityPercents.toArray(Integer[]::new);
        next.impactLabels = impactLabels.stream().map(String::strip).toArray(String[]::new);
        next.mediumFrom = mediumFrom;
        next.highFrom = highFrom;
        next.criticalFrom = criticalFrom;
        next.changedBy = by;
        next.reason = reason.strip();
        next.changedAt = now;
        return next;
    }

    private static void checkLabels(String pointer, List<String> labels, List<FieldError> errors) {
        if (labels.size() < MIN_LEVELS || labels.size() > MAX_LEVELS) {
            errors.add(FieldError.body(pointer, "needs " + MIN_LEVELS + " to " + MAX_LEVELS + " levels"));
            return;
        }
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) == null || labels.get(i).isBlank()) {
                errors.add(FieldError.body(pointer + "/" + i, "must not be blank"));
            }
        }
    }

    public int probabilityLevels() {
        return probabilityLabels.length;
    }

    public int impactLevels() {
        return impactLabels.length;
    }

    /** The score of a probability and an impact level (1-based), or null when either is missing. */
    public Integer score(Integer probability, Integer impact) {
        return probability == null || impact == null ? null : probability * impact;
    }

    public RiskLevel level(Integer score) {
        if (score == null) {
            return null;
        }
        if (score >= criticalFrom) {
            return RiskLevel.CRITICAL;
        }
        if (score >= highFrom) {
            return RiskLevel.HIGH;
        }
        return score >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    /** The probability level's percentage times the cost impact, or null when either is missing. */
    public BigDecimal expectedMonetaryValue(Integer probability, BigDecimal costImpact) {
        if (probability == null || costImpact == null || probability > probabilityLevels()) {
            return null;
        }
        return costImpact.multiply(BigDecimal.valueOf(probabilityPercents[probability - 1]))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
    }

    public String probabilityLabel(Integer level) {
        return level == null || level > probabilityLevels() ? null : probabilityLabels[level - 1];
    }

    public String impactLabel(Integer level) {
        return level == null || level > impactLevels() ? null : impactLabels[level - 1];
    }
}
