package dev.gantry.projects.project.domain;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.patch.Patch;
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
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A project: the aggregate root of projects-service. */
@Entity
@Table(name = "project")
public class Project {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    /** Where an ON_HOLD project resumes (PLANNING or EXECUTING); null in every other state. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_hold")
    public ProjectStatus statusBeforeHold;

    @Column(name = "manager_id", nullable = false)
    public String managerId;

    @Column(name = "manager_name")
    public String managerName;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Creates a project in its first lifecycle state, managed by its creator. */
    public static Project start(String name, String description, ProjectType type, LocalDate startDate,
                                BigDecimal budgetAmount, String budgetCurrency, String creatorId, String creatorName,
                                Instant now) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.name = name.strip();
        project.description = description;
        project.type = type;
        project.status = ProjectStatus.INITIATING;
        project.startDate = startDate;
        project.budgetAmount = budgetAmount;
        project.budgetCurrency = budgetCurrency;
        project.managerId = creatorId;
        project.managerName = creatorName;
        project.createdBy = creatorId;
        project.createdAt = now;
        project.updatedAt = now;
        return project;
    }

    /** A project's budget: an amount in an ISO-4217 currency. */
    public record Budget(BigDecimal amount, String currency) {
    }

    /**
     * Applies a merge patch: an absent member leaves its field as it is, a cleared one empties it (description and
     * budget only; the others are required and the request refuses clearing them). Returns the names of the fields
     * that actually changed.
     */
    public List<String> change(Patch<String> newName, Patch<String> newDescription, Patch<ProjectType> newType,
                               Patch<LocalDate> newStartDate, Patch<Budget> newBudget, Instant now) {
        List<String> changed = new ArrayList<>();
        String strippedName = newName.map(String::strip).orElse(name);
        if (strippedName != null && !strippedName.equals(name)) {
            name = strippedName;
            changed.add("name");
        }
        if (!Objects.equals(newDescription.orElse(description), description)) {
            description = newDescription.value();
            changed.add("description");
        }
        ProjectType typeAfter = newType.orElse(type);
        if (typeAfter != null && typeAfter != type) {
            type = typeAfter;
            changed.add("type");
        }
        LocalDate startAfter = newStartDate.orElse(startDate);
        if (startAfter != null && !startAfter.equals(startDate)) {
            startDate = startAfter;
            changed.add("startDate");
        }
        if (newBudget.isPresent() && !sameBudget(newBudget.value())) {
            budgetAmount = newBudget.isCleared() ? null : newBudget.value().amount();
            budgetCurrency = newBudget.isCleared() ? null : newBudget.value().currency();
            changed.add("budget");
        }
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    private boolean sameBudget(Budget budget) {
        if (budget == null || budgetAmount == null) {
            return budget == null && budgetAmount == null;
        }
        return budget.amount().compareTo(budgetAmount) == 0 && budget.currency().equals(budgetCurrency);
    }

    /**
     * Refuses a change to {@code part} of the project ("its charter") once the project is closed or cancelled: what
     * such a project holds is kept as it was ({@code kept} says how, as the refusal's reason).
     */
    public void requireOpenFor(String part, String kept) {
        if (status.isFinished()) {
            throw new ConflictException("The project is " + status + "; " + part + " can no longer change",
                    List.of(kept));
        }
    }

    public boolean isManagedBy(String userId) {
        return managerId.equals(userId);
    }
}
