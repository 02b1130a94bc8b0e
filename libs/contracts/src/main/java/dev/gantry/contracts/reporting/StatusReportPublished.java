package dev.gantry.contracts.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A project's PDF status report was generated and kept: {@code WEEKLY} by the schedule, or {@code ON_REQUEST}. Its
 * overall rating, the day it describes, its pages and size, and where to fetch it
 * ({@code GET /api/reports/projects/{projectId}/status-reports/{reportId}/pdf}). Keyed by the project's id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "dev.gantry.reporting.status-report-published.v1", topic = Topics.REPORTING)
public record StatusReportPublished(
        UUID projectId,
        UUID reportId,
        String projectName,
        String kind,
        LocalDate asOf,
        String overall,
        int pages,
        long sizeBytes,
        String path,
        String requestedBy,
        Instant generatedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
