package dev.gantry.projects.project.domain;

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

    /**
     * Applies the given changes (null means unchanged) and returns the names of the fields that actually changed.
     */
    public List<String> change(String newName, String newDescription, ProjectType newType, LocalDate newStartDate,
                               BigDecimal newBudgetAmount, String newBudgetCurrency, Instant now) {
        List<String> changed = new ArrayList<>();
        if (newName != null && !newName.strip().equals(name)) {
            name = newName.strip();
            changed.add("name");
        }
        if (newDescription != null && !newDescription.equals(description)) {
            description = newDescription;
            changed.add("description");
        }
        if (newType != null && newType != type) {
            type = newType;
            changed.add("type");
        }
        if (newStartDate != null && !newStartDate.equals(startDate)) {
            startDate = newStartDate;
            changed.add("startDate");
        }
        if (newBudgetAmount != null && (budgetAmount == null || newBudgetAmount.compareTo(budgetAmount) != 0
                || !Objects.equals(newBudgetCurrency, budgetCurrency))) {
            budgetAmount = newBudgetAmount;
            budgetCurrency = newBudgetCurrency;
            changed.add("budget");
        }
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    public boolean isManagedBy(String userId) {
        return managerId.equals(userId);
    }
}
