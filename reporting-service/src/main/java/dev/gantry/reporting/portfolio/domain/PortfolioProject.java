package dev.gantry.reporting.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One project as the portfolio sees it; built only from project events. */
@Entity
@Table(name = "portfolio_project")
public class PortfolioProject {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String status;

    @Column(name = "manager_id")
    public String managerId;

    @Column(name = "manager_name")
    public String managerName;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    /** The project's version in projects-service when this copy was last updated. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Applies a newer version of the project's descriptive fields; older or repeated versions are ignored, so the
     * read model converges whatever the delivery order of updates.
     */
    public boolean applyVersion(long version) {
        if (version <= sourceVersion) {
            return false;
        }
        sourceVersion = version;
        return true;
    }
}
