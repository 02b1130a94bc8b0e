package dev.gantry.reporting.portfolio.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Portfolio", description = "A page of the portfolio's projects and a summary of all of them")
public record PortfolioResponse(
        List<Item> items,
        int page,
        int size,
        long totalItems,
        Summary summary) {

    @Schema(name = "PortfolioProject")
    public record Item(UUID projectId,
                       @Schema(example = "ERP upgrade to 2027 release") String name,
                       @Schema(example = "SYSTEM_UPGRADE") String type,
                       @Schema(example = "INITIATING") String status,
                       @Schema(example = "pm") String manager,
                       LocalDate startDate,
                       Money budget,
                       @Schema(description = "The estimate at completion (by CPI) at the latest status snapshot; null"
                               + " without a baseline") Money forecast,
                       @Schema(description = "The ratings of the latest status snapshot; null before the first")
                       Ratings ratings,
                       Instant updatedAt) {
    }

    @Schema(name = "PortfolioRatings", description = "RAG ratings (GREY, GREEN, AMBER, RED) and when they were taken")
    public record Ratings(@Schema(example = "AMBER") String overall, String schedule, String cost, String risk,
                          String resources, Instant ratedAt) {
    }

    @Schema(name = "PortfolioSummary")
    public record Summary(@Schema(example = "12") long projectCount,
                          @Schema(example = "{\"INITIATING\": 4, \"EXECUTING\": 8}") Map<String, Long> byStatus,
                          @Schema(example = "{\"SYSTEM_UPGRADE\": 5, \"NETWORK_ROLLOUT\": 7}") Map<String, Long> byType,
                          @Schema(example = "{\"GREEN\": 7, \"AMBER\": 4, \"RED\": 1}",
                                  description = "Counts by overall rating (NONE: not rated yet)")
                          Map<String, Long> byRag,
                          @Schema(description = "Total budget per currency") List<Money> budgets,
                          @Schema(description = "Total estimate at completion per currency, of the projects that have"
                                  + " one") List<Money> forecasts) {
    }

    @Schema(name = "PortfolioMoney")
    public record Money(@Schema(example = "1250000.00") BigDecimal amount, @Schema(example = "EUR") String currency) {
    }
}
