package dev.gantry.reporting.closure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@Schema(name = "FinalReport", description = "A project's final report, produced when its closure was requested, from"
        + " the portfolio entry and the audit trail")
public record FinalReportResponse(
        @Schema(example = "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4") UUID reportId,
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        @Schema(description = "The closure attempt this report was produced for",
                example = "0c7d3e8a-6f21-4b7e-9d4c-1a2b3c4d5e6f") UUID closureId,
        Project project,
        Closure closure,
        Activity activity,
        @Schema(example = "2027-12-01T09:00:03Z") Instant generatedAt) {

    @Schema(name = "FinalReportProject", description = "The project as the portfolio knew it")
    public record Project(
            @Schema(example = "Branch network refresh") String name,
            @Schema(example = "NETWORK_ROLLOUT") String type,
            @Schema(description = "Status when the report was made", example = "CLOSING") String status,
            @Schema(example = "pm") String manager,
            @Schema(example = "2027-03-01") LocalDate startDate,
            Money budget) {
    }

    @Schema(name = "FinalReportClosure", description = "The closure request the report answers")
    public record Closure(
            @Schema(example = "All deliverables accepted by the steering committee") String reason,
            @Schema(example = "pm") String requestedBy,
            @Schema(example = "TRANSFER") String riskDisposition,
            @Schema(example = "IT operations risk register") String riskTransferTarget) {
    }

    @Schema(name = "FinalReportActivity", description = "What the audit trail holds about the project")
    public record Activity(
            @Schema(example = "57") long auditEntries,
            @Schema(example = "{\"dev.gantry.project.created.v1\": 1, \"dev.gantry.project.status-changed.v1\": 4}")
            Map<String, Long> eventsByType,
            @Schema(example = "2027-01-11T08:00:00Z") Instant firstEventAt,
            @Schema(example = "2027-12-01T09:00:00Z") Instant lastEventAt) {
    }

    @Schema(name = "FinalReportMoney")
    public record Money(@Schema(example = "120000.50") BigDecimal amount, @Schema(example = "EUR") String currency) {
    }
}
