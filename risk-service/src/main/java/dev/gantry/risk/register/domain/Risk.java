package dev.gantry.risk.register.domain;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One risk of a project's register: what could happen (cause, event, effect), how likely and how bad (inherent
 * scores before the response, residual scores after it), who owns it and how the project answers it.
 */
@Entity
@Table(name = "risk")
public class Risk {

    public static final List<String> FIELDS = List.of("title", "cause", "event", "effect", "category", "owner",
            "proximity", "trigger", "strategy", "probability", "impact", "residualProbability", "residualImpact",
            "scheduleImpactDays", "costImpact", "currency", "qualityImpact", "tags", "taskIds");
    /** Changing one of these is a change of the risk's assessment: it is recorded with who and why. */
    public static final Set<String> SCORE_FIELDS = Set.of("probability", "impact", "residualProbability",
            "residualImpact", "scheduleImpactDays", "costImpact");
    public static final int MAX_TAGS = 20;
    public static final int MAX_TASKS = 50;

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    public String cause;
    public String event;
    public String effect;

    @Column(nullable = false)
    public String category;

    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskStatus status;

    public LocalDate proximity;

    @Column(name = "risk_trigger")
    public String trigger;

    @Enumerated(EnumType.STRING)
    public ResponseStrategy strategy;

    public Integer probability;
    public Integer impact;

    @Column(name = "residual_probability")
    public Integer residualProbability;

    @Column(name = "residual_impact")
    public Integer residualImpact;

    @Column(name = "schedule_impact_days")
    public Integer scheduleImpactDays;

    @Column(name = "cost_impact")
    public BigDecimal costImpact;

    public String currency;

    @Column(name = "quality_impact")
    public String qualityImpact;

    /** Lower-case, distinct, in the order given. */
    @Column(nullable = false)
    public String[] tags = new String[0];

    @Column(name = "task_ids", nullable = false)
    public UUID[] taskIds = new UUID[0];

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    @Column(name = "last_reviewed_at")
    public Instant lastReviewedAt;

    @Column(name = "issue_id")
    public UUID issueId;

    /** For a risk raised from another service's signal: the kind of signal ({@link Signal}), null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "signal_kind")
    public Signal.Kind signalKind;

    /** What the signal is about, e.g. the over-allocated person's id. */
    @Column(name = "signal_subject")
    public String signalSubject;

    /** The episode that raised the risk or last confirmed it. */
    @Column(name = "signal_episode")
    public UUID signalEpisode;

    /** Whether the signal still holds; a cleared one leaves the risk open, due for review. */
    @Column(name = "signal_active")
    public Boolean signalActive;

    /** Where the signal's evidence can be read (an API path of the service that sent it). */
    @Column(name = "signal_evidence")
    public String signalEvidence;

    /** The id of the event that raised or last confirmed the risk. */
    @Column(name = "signal_event_id")
    public UUID signalEventId;

    @Column(name = "signal_updated_at")
    public Instant signalUpdatedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Risk identify(UUID projectId, int number, RiskDetails details, RiskMatrix matrix, String by,
                                Instant now) {
        Risk risk = new Risk();
        risk.id = UUID.randomUUID();
        risk.projectId = projectId;
        risk.number = number;
        risk.status = RiskStatus.IDENTIFIED;
        risk.createdBy = by;
        risk.createdAt = now;
        risk.updatedAt = now;
        risk.change(details, Set.copyOf(FIELDS), matrix, now);
        return risk;
    }

    /** "R-12": how people refer to a risk of their project. */
    public String key() {
        return "R-" + number;
    }

    /** Sets the named fields, checks them against the matrix and returns the names of the fields that changed. */
    public List<String> change(RiskDetails d, Set<String> fields, RiskMatrix matrix, Instant now) {
        List<String> changed = new ArrayList<>();
        for (String field : FIELDS) {
            if (fields.contains(field) && set(field, d)) {
                changed.add(field);
            }
        }
        check(matrix);
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    /** Moves the risk to another status, if the table allows it. */
    public void moveTo(RiskStatus target, RiskMatrix matrix, Instant now) {
        status.requireMoveTo(target);
        if (target == RiskStatus.ASSESSED && (probability == null || impact == null)) {
            throw new ValidationException(FieldError.body("/to",
                    "a risk is assessed once it has a probability and an impact: set them first"));
        }
        status = target;
        updatedAt = now;
    }

    public Integer score(RiskMatrix matrix) {
        return matrix.score(probability, impact);
    }

    public Integer residualScore(RiskMatrix matrix) {
        return matrix.score(residualProbability, residualImpact);
    }

    private void check(RiskMatrix matrix) {
        List<FieldError> errors = new ArrayList<>();
        level("/probability", probability, matrix.probabilityLevels(), errors);
        level("/impact", impact, matrix.impactLevels(), errors);
        level("/residualProbability", residualProbability, matrix.probabilityLevels(), errors);
        level("/residualImpact", residualImpact, matrix.impactLevels(), errors);
        if (tags.length > MAX_TAGS) {
            errors.add(FieldError.body("/tags", "at most " + MAX_TAGS + " tags"));
        }
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].length() > 40) {
                errors.add(FieldError.body("/tags/" + i, "at most 40 characters"));
            }
        }
        if (taskIds.length > MAX_TASKS) {
            errors.add(FieldError.body("/taskIds", "at most " + MAX_TASKS + " linked tasks"));
        }
        if (costImpact != null && currency == null) {
            errors.add(FieldError.body("/currency", "a cost impact needs its currency"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void level(String pointer, Integer value, int levels, List<FieldError> errors) {
        if (value != null && (value < 1 || value > levels)) {
            errors.add(FieldError.body(pointer, "must be a level of the organisation's matrix: 1 to " + levels));
        }
    }

    private boolean set(String field, RiskDetails d) {
        Object before = value(field);
        switch (field) {
            case "title" -> title = Objects.requireNonNull(d.title()).strip();
            case "cause" -> cause = d.cause();
            case "event" -> event = d.event();
            case "effect" -> effect = d.effect();
            case "category" -> category = Objects.requireNonNull(d.category());
            case "owner" -> owner = d.owner();
            case "proximity" -> proximity = d.proximity();
            case "trigger" -> trigger = d.trigger();
            case "strategy" -> strategy = d.strategy();
            case "probability" -> probability = d.probability();
            case "impact" -> impact = d.impact();
            case "residualProbability" -> residualProbability = d.residualProbability();
            case "residualImpact" -> residualImpact = d.residualImpact();
            case "scheduleImpactDays" -> scheduleImpactDays = d.scheduleImpactDays();
            case "costImpact" -> costImpact = d.costImpact();
            case "currency" -> currency = d.currency();
            case "qualityImpact" -> qualityImpact = d.qualityImpact();
            case "tags" -> tags = normalise(d.tags());
            case "taskIds" -> taskIds = d.taskIds() == null ? new UUID[0]
                    : d.taskIds().stream().filter(Objects::nonNull).distinct().toArray(UUID[]::new);
            default -> throw new IllegalArgumentException(field);
        }
        Object after = value(field);
        if (before instanceof Object[] a && after instanceof Object[] b) {
            return !Arrays.equals(a, b);
        }
        if (before instanceof BigDecimal a && after instanceof BigDecimal b) {
            return a.compareTo(b) != 0;
        }
        return !Objects.equals(before, after);
    }

    private Object value(String field) {
        return switch (field) {
            case "title" -> title;
            case "cause" -> cause;
            case "event" -> event;
            case "effect" -> effect;
            case "category" -> category;
            case "owner" -> owner;
            case "proximity" -> proximity;
            case "trigger" -> trigger;
            case "strategy" -> strategy;
            case "probability" -> probability;
            case "impact" -> impact;
            case "residualProbability" -> residualProbability;
            case "residualImpact" -> residualImpact;
            case "scheduleImpactDays" -> scheduleImpactDays;
            case "costImpact" -> costImpact;
            case "currency" -> currency;
            case "qualityImpact" -> qualityImpact;
            case "tags" -> tags;
            case "taskIds" -> taskIds;
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String[] normalise(List<String> tags) {
        if (tags == null) {
            return new String[0];
        }
        return tags.stream().filter(Objects::nonNull).map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).distinct()
                .toArray(String[]::new);
    }
}
