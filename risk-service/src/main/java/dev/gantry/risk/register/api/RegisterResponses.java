package dev.gantry.risk.register.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The smaller answers of the register's operations. */
public final class RegisterResponses {

    private RegisterResponses() {
    }

    @Schema(name = "RiskScoreChange", description = "A risk's scores as one change left them, with who and why")
    public record ScoreChange(
            Instant changedAt,
            @Schema(example = "pm") String changedBy,
            @Schema(example = "Trial load rejected 8% of customer records") String reason,
            RiskResponse.Score inherent,
            RiskResponse.Score residual,
            @Schema(example = "15") Integer scheduleImpactDays,
            @Schema(example = "40000") BigDecimal costImpact) {
    }

    @Schema(name = "RiskStatusChange", description = "One move of a risk from a status to another")
    public record StatusChange(
            Instant changedAt,
            @Schema(example = "pm") String changedBy,
            @Schema(description = "Null for the risk's first status", example = "MONITORING") String from,
            @Schema(example = "OCCURRED") String to,
            String reason) {
    }

    @Schema(name = "RiskReview", description = "A periodic review of a risk")
    public record Review(
            UUID id,
            Instant reviewedAt,
            @Schema(example = "pm") String reviewedBy,
            @Schema(example = "Second trial load clean; keep monitoring until cut-over") String notes,
            @Schema(example = "2027-05-03") LocalDate nextReviewOn) {
    }

    @Schema(name = "ProjectIssue", description = "An entry of the project's issue log")
    public record Issue(
            UUID id,
            UUID projectId,
            @Schema(example = "I-2") String key,
            @Schema(description = "The risk that occurred, if the issue came from one") UUID riskId,
            @Schema(example = "Legacy CRM data fails validation during migration") String title,
            String description,
            @Schema(example = "dana.lee") String owner,
            @Schema(example = "OPEN") String status,
            String resolution,
            @Schema(example = "pm") String raisedBy,
            Instant raisedAt,
            Instant updatedAt,
            @Schema(description = "Current version; also the ETag", example = "0") long version) {
    }

    @Schema(name = "RiskMatrix", description = "The organisation's probability × impact matrix, one version of it")
    public record Matrix(
            @Schema(description = "Also the ETag", example = "0") long version,
            List<String> probabilityLabels,
            List<Integer> probabilityPercents,
            List<String> impactLabels,
            @Schema(example = "5") int mediumFrom,
            @Schema(example = "10") int highFrom,
            @Schema(example = "15") int criticalFrom,
            @Schema(example = "pmo") String changedBy,
            String reason,
            Instant changedAt) {
    }

    @Schema(name = "RiskCategory", description = "A category risks are filed under")
    public record Category(
            @Schema(example = "DATA_MIGRATION") String code,
            @Schema(example = "Data migration") String name,
            @Schema(description = "One of the standard IT categories, or the organisation's own") boolean standard) {
    }

    @Schema(name = "RiskHeatMap", description = "Where the open risks sit on the organisation's matrix")
    public record HeatMap(
            @Schema(description = "INHERENT or RESIDUAL scores", example = "INHERENT") String basis,
            @Schema(example = "0") long matrixVersion,
            List<String> probabilityLabels,
            List<String> impactLabels,
            @Schema(description = "Open risks per cell: cells[probability - 1][impact - 1]") List<List<Integer>> cells,
            @Schema(description = "Open risks per level") Map<String, Integer> byLevel,
            @Schema(description = "Open risks without the scores of this basis", example = "2") int unscored,
            @Schema(description = "Open risks", example = "14") int open,
            @Schema(description = "The highest-scored open risks, at most 10") List<TopRisk> top,
            @Schema(description = "Open risks per level at the end of today and of the same weekday in each of the"
                    + " weeks before, oldest first (as the risks' histories had them; levels by the current matrix)")
            List<TrendPoint> trend) {
    }

    @Schema(name = "RiskTrendPoint", description = "The open risks as they stood at the end of a day")
    public record TrendPoint(
            @Schema(example = "2027-03-05") LocalDate day,
            @Schema(example = "12") int open,
            Map<String, Integer> byLevel,
            @Schema(example = "1") int unscored) {
    }

    @Schema(name = "TopRisk", description = "One of the highest-scored open risks")
    public record TopRisk(
            UUID id,
            UUID projectId,
            @Schema(example = "R-4") String key,
            @Schema(example = "Legacy CRM data fails validation during migration") String title,
            @Schema(example = "DATA_MIGRATION") String category,
            @Schema(example = "ASSESSED") String status,
            @Schema(example = "dana.lee") String owner,
            @Schema(example = "16") Integer score,
            @Schema(example = "CRITICAL") String level) {
    }
}
