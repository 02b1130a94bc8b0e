package dev.gantry.risk.register.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Risk", description = "A risk of a project's register, scored on the organisation's current matrix")
public record RiskResponse(
        @Schema(example = "8f3c2a1b-4d5e-4f60-9a7b-1c2d3e4f5a6b") UUID id,
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        @Schema(description = "The risk's name in its project", example = "R-4") String key,
        @Schema(example = "Legacy CRM data fails validation during migration") String title,
        String cause,
        String event,
        String effect,
        @Schema(example = "DATA_MIGRATION") String category,
        @Schema(example = "dana.lee") String owner,
        @Schema(example = "ASSESSED") String status,
        @Schema(example = "2027-05-01") LocalDate proximity,
        String trigger,
        @Schema(example = "MITIGATE") String strategy,
        @Schema(description = "Before the response") Score inherent,
        @Schema(description = "Once the response is in place") Score residual,
        @Schema(example = "15") Integer scheduleImpactDays,
        @Schema(example = "40000") BigDecimal costImpact,
        @Schema(example = "EUR") String currency,
        @Schema(description = "The probability level's percentage times the cost impact", example = "20000.00")
        BigDecimal expectedMonetaryValue,
        String qualityImpact,
        List<String> tags,
        List<UUID> taskIds,
        List<ActionResponse> actions,
        @Schema(description = "Actions due before today and not done or cancelled", example = "1") int overdueActions,
        @Schema(example = "2027-04-01") LocalDate nextReviewOn,
        @Schema(description = "The next review date has passed while the risk is open") boolean reviewOverdue,
        Instant lastReviewedAt,
        @Schema(description = "The issue the risk became when it occurred") UUID issueId,
        @Schema(description = "For a risk raised automatically: the signal that raised it") Signal signal,
        @Schema(example = "pm") String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Current version; also the ETag", example = "3") long version) {

    @Schema(name = "RiskSignal", description = "The signal of another service a risk was raised from")
    public record Signal(
            @Schema(example = "OVERALLOCATION") String kind,
            @Schema(description = "What the signal is about, e.g. the over-allocated person's id") String subject,
            @Schema(description = "The episode that raised the risk or last confirmed it") UUID episodeId,
            @Schema(description = "False once the signal cleared: the risk stays open, due for review") boolean active,
            @Schema(description = "Where to read the evidence",
                    example = "/api/resources/people/7d7c3a5e-2f8b-4c61-9d0e-1a2b3c4d5e6f/load?from=2027-03-01&to=2027-03-12&by=DAY")
            String evidence,
            @Schema(description = "The id of the event that raised or last confirmed the risk") UUID sourceEventId,
            Instant updatedAt) {
    }

    @Schema(name = "RiskScore", description = "Probability × impact on the organisation's matrix; null when unscored")
    public record Score(
            @Schema(example = "3") Integer probability,
            @Schema(example = "Possible") String probabilityLabel,
            @Schema(example = "4") Integer impact,
            @Schema(example = "Major") String impactLabel,
            @Schema(example = "12") Integer score,
            @Schema(example = "HIGH") String level) {
    }
}
