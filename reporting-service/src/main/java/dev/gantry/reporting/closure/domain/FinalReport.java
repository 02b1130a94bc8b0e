package dev.gantry.reporting.closure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A project's final report, produced for one closure attempt from what reporting-service knows about the project:
 * its portfolio entry (name, type, status, manager, dates, budget) and its audit trail (how many events, of which
 * types, from when to when).
 */
@Entity
@Table(name = "final_report")
public class FinalReport {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "closure_id", nullable = false)
    public UUID closureId;

    @Column(name = "project_name", nullable = false)
    public String projectName;

    @Column(name = "project_type", nullable = false)
    public String projectType;

    /** The project's status when the report was made (CLOSING while its closure runs). */
    @Column(name = "project_status", nullable = false)
    public String projectStatus;

    @Column(name = "manager_name")
    public String managerName;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    @Column(name = "closure_reason")
    public String closureReason;

    @Column(name = "requested_by_name")
    public String requestedByName;

    @Column(name = "risk_disposition")
    public String riskDisposition;

    @Column(name = "risk_transfer_target")
    public String riskTransferTarget;

    @Column(name = "audit_entries", nullable = false)
    public long auditEntries;

    @Column(name = "first_event_at")
    public Instant firstEventAt;

    @Column(name = "last_event_at")
    public Instant lastEventAt;

    /** Audit entries per event type, as a JSON object. */
    @Column(name = "events_by_type", nullable = false)
    public String eventsByType;

    @Column(name = "generated_at", nullable = false)
    public Instant generatedAt;
}
