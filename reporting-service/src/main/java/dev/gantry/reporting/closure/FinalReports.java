package dev.gantry.reporting.closure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectFinalReportPublished;
import dev.gantry.contracts.project.Money;
import dev.gantry.platform.closure.ClosureParticipant;
import dev.gantry.platform.events.ConsumptionGate;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.reporting.closure.domain.FinalReport;
import dev.gantry.reporting.closure.persistence.FinalReportRepository;
import dev.gantry.reporting.portfolio.domain.PortfolioProject;
import dev.gantry.reporting.portfolio.persistence.PortfolioRepository;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * reporting-service's part in a project's closure: build the final report from the read models, store it, and answer
 * with ProjectFinalReportPublished (the report and its answer exist exactly once per closure). A project this service has no portfolio entry for gets a FAILED answer.
 */
@Singleton
public class FinalReports extends ClosureParticipant {

    private static final Logger LOG = Logger.getLogger(FinalReports.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FinalReportRepository reports;
    private final PortfolioRepository portfolio;

    private final ConsumptionGate gate;

    FinalReports(FinalReportRepository reports, PortfolioRepository portfolio, EventPublisher events, Clock clock,
                 ConsumptionGate gate) {
        super(ClosureParticipants.REPORTING, events, clock);
        this.reports = reports;
        this.portfolio = portfolio;
        this.gate = gate;
    }

    /** Where the project's final report is read. */
    public static String pathOf(UUID projectId) {
        return "/api/reports/projects/" + projectId + "/final-report";
    }

    /** A replay rebuilds the read models; closures were answered when they were requested, once. */
    @Override
    public void handle(IncomingEvent event) {
        if (!gate.rebuilding()) {
            super.handle(event);
        }
    }

    @Override
    protected Optional<GantryEvent> answer(ProjectClosureRequested request, Instant now) {
        if (reports.existsForClosure(request.closureId())) {
            LOG.infof("Final report for closure %s already exists; not answering twice", request.closureId());
            return Optional.empty();
        }
        PortfolioProject project = portfolio.findByIdOptional(request.projectId()).orElse(null);
        if (project == null) {
            String why = "reporting-service has no portfolio entry for project " + request.projectId()
                    + ", so it cannot produce the final report";
            LOG.warn(why);
            return Optional.of(new ProjectFinalReportPublished(request.projectId(), request.closureId(),
                    ClosureParticipants.FAILED, why, null, null, null, null, null, 0, now));
        }
        FinalReportRepository.AuditFigures audit = reports.auditFigures(request.projectId());
        FinalReport report = new FinalReport();
        report.id = UUID.randomUUID();
        report.projectId = project.projectId;
        report.closureId = request.closureId();
        report.projectName = project.name;
        report.projectType = project.type;
        report.projectStatus = project.status;
        report.managerName = project.managerName;
        report.startDate = project.startDate;
        report.budgetAmount = project.budgetAmount;
        report.budgetCurrency = project.budgetCurrency;
        report.closureReason = request.reason();
        report.requestedByName = request.requestedByName();
        report.riskDisposition = request.riskDisposition();
        report.riskTransferTarget = request.riskTransferTarget();
        report.auditEntries = audit.entries();
        report.firstEventAt = audit.first();
        report.lastEventAt = audit.last();
        report.eventsByType = toJson(audit);
        report.generatedAt = now;
        reports.persist(report);
        Money budget = project.budgetAmount == null ? null : new Money(project.budgetAmount, project.budgetCurrency);
        return Optional.of(new ProjectFinalReportPublished(project.projectId, request.closureId(),
                ClosureParticipants.COMPLETED, null, report.id, pathOf(project.projectId), project.name,
                project.startDate, budget, audit.entries(), now));
    }

    private static String toJson(FinalReportRepository.AuditFigures audit) {
        try {
            return JSON.writeValueAsString(audit.byType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the report's event counts", e);
        }
    }
}
