package dev.gantry.reporting.portfolio.domain;

import dev.gantry.platform.replica.ProjectCopy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One project as the portfolio sees it: the common copy of a project, its manager and budget; built only from events. */
@Entity
@Table(name = "portfolio_project")
public class PortfolioProject extends ProjectCopy {

    @Column(name = "manager_id")
    public String managerId;

    @Column(name = "manager_name")
    public String managerName;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The ratings and estimate at completion of the project's latest status snapshot (null until its first). */
    @Column(name = "overall_rag")
    public String overallRag;

    @Column(name = "schedule_rag")
    public String scheduleRag;

    @Column(name = "cost_rag")
    public String costRag;

    @Column(name = "risk_rag")
    public String riskRag;

    @Column(name = "resources_rag")
    public String resourcesRag;

    @Column(name = "forecast_amount")
    public BigDecimal forecastAmount;

    @Column(name = "forecast_currency")
    public String forecastCurrency;

    @Column(name = "rated_at")
    public Instant ratedAt;
}
