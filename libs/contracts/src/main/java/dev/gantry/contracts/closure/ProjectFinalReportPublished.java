package dev.gantry.contracts.closure;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.project.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * reporting-service's answer to {@link ProjectClosureRequested}: the project's final report was produced and can be
 * read at {@code reportPath} ({@code outcome} COMPLETED, with its headline figures), or it could not be produced
 * ({@code outcome} FAILED, {@code reason} says why; the report fields are then empty).
 */
@EventType(value = "dev.gantry.reporting.final-report-published.v1", topic = Topics.REPORTING)
public record ProjectFinalReportPublished(
        UUID projectId,
        UUID closureId,
        String outcome,
        String reason,
        UUID reportId,
        String reportPath,
        String projectName,
        LocalDate startDate,
        Money budget,
        long auditEntries,
        Instant answeredAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
