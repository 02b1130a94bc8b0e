package dev.gantry.projects.charter.domain;

import dev.gantry.platform.errors.FieldError;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A project's charter: why the project exists, what it delivers and what it does not. One per project, with its own
 * version so that editing the charter and editing the project do not conflict.
 */
@Entity
@Table(name = "project_charter")
public class Charter {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "scope_statement")
    public String scopeStatement;

    @Convert(converter = CharterJson.Objectives.class)
    @Column(nullable = false)
    public List<Objective> objectives = List.of();

    @Convert(converter = CharterJson.Deliverables.class)
    @Column(nullable = false)
    public List<Deliverable> deliverables = List.of();

    @Convert(converter = CharterJson.Texts.class)
    @Column(name = "in_scope", nullable = false)
    public List<String> inScope = List.of();

    @Convert(converter = CharterJson.Texts.class)
    @Column(name = "out_of_scope", nullable = false)
    public List<String> outOfScope = List.of();

    @Convert(converter = CharterJson.Texts.class)
    @Column(nullable = false)
    public List<String> constraints = List.of();

    @Convert(converter = CharterJson.Texts.class)
    @Column(nullable = false)
    public List<String> assumptions = List.of();

    @Column(name = "contingency_amount")
    public BigDecimal contingencyAmount;

    @Column(name = "contingency_currency")
    public String contingencyCurrency;

    @Column(name = "sponsor_name")
    public String sponsorName;

    @Column(name = "sponsor_user_id")
    public String sponsorUserId;

    @Column(name = "sponsor_email")
    public String sponsorEmail;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /** A new charter of the project with the given content. */
    public static Charter of(UUID projectId, CharterContent content, String userId, Instant now) {
        Charter charter = new Charter();
        charter.projectId = projectId;
        charter.createdAt = now;
        charter.apply(content, userId, now);
        return charter;
    }

    /**
     * Checks the content against the project it belongs to: dates may not lie before the project's start, the
     * deliverables are due by the planned end, and the contingency is in the budget's currency. Returns every
     * problem found, each with a pointer into the request body.
     */
    public static List<FieldError> check(CharterContent content, LocalDate projectStart, String budgetCurrency) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate end = content.plannedEndDate();
        if (end != null && end.isBefore(projectStart)) {
            errors.add(FieldError.body("/plannedEndDate", "must not be before the project's start date " + projectStart));
        }
        for (int o = 0; o < content.objectives().size(); o++) {
            List<Kpi> kpis = content.objectives().get(o).kpis();
            for (int k = 0; k < kpis.size(); k++) {
                LocalDate due = kpis.get(k).dueDate();
                if (due != null && due.isBefore(projectStart)) {
                    errors.add(FieldError.body("/objectives/" + o + "/kpis/" + k + "/dueDate",
                            "must not be before the project's start date " + projectStart));
                }
            }
        }
        for (int d = 0; d < content.deliverables().size(); d++) {
            LocalDate due = content.deliverables().get(d).dueDate();
            if (due == null) {
                continue;
            }
            String pointer = "/deliverables/" + d + "/dueDate";
            if (due.isBefore(projectStart)) {
                errors.add(FieldError.body(pointer, "must not be before the project's start date " + projectStart));
            } else if (end != null && due.isAfter(end)) {
                errors.add(FieldError.body(pointer, "must not be after the planned end date " + end));
            }
        }
        if (content.contingencyCurrency() != null && budgetCurrency != null
                && !content.contingencyCurrency().equals(budgetCurrency)) {
            errors.add(FieldError.body("/contingency/currency",
                    "must be the currency of the project's budget (" + budgetCurrency + ")"));
        }
        return errors;
    }

    /** Replaces the whole content. Returns false, changing nothing, when the content is what the charter already says. */
    public boolean replace(CharterContent content, String userId, Instant now) {
        if (content.equals(content())) {
            return false;
        }
        apply(content, userId, now);
        return true;
    }

    public CharterContent content() {
        Sponsor sponsor = sponsorName == null ? null : new Sponsor(sponsorName, sponsorUserId, sponsorEmail);
        return new CharterContent(scopeStatement, objectives, deliverables, inScope, outOfScope, constraints,
                assumptions, contingencyAmount, contingencyCurrency, sponsor, priority, plannedEndDate);
    }

    public boolean hasScopeStatement() {
        return scopeStatement != null && !scopeStatement.isBlank();
    }

    public boolean everyObjectiveHasAKpi() {
        return objectives.stream().allMatch(objective -> !objective.kpis().isEmpty());
    }

    public boolean hasSponsor() {
        return sponsorName != null && !sponsorName.isBlank();
    }

    private void apply(CharterContent content, String userId, Instant now) {
        scopeStatement = content.scopeStatement();
        objectives = content.objectives();
        deliverables = content.deliverables();
        inScope = content.inScope();
        outOfScope = content.outOfScope();
        constraints = content.constraints();
        assumptions = content.assumptions();
        contingencyAmount = content.contingencyAmount();
        contingencyCurrency = content.contingencyCurrency();
        Sponsor sponsor = content.sponsor();
        sponsorName = sponsor == null ? null : sponsor.name();
        sponsorUserId = sponsor == null ? null : sponsor.userId();
        sponsorEmail = sponsor == null ? null : sponsor.email();
        priority = content.priority();
        plannedEndDate = content.plannedEndDate();
        updatedBy = Objects.requireNonNull(userId);
        updatedAt = now;
    }
}
