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
                       Instant updatedAt) {
    }

    @Schema(name = "PortfolioSummary")
    public record Summary(@Schema(example = "12") long projectCount,
                          @Schema(example = "{\"INITIATING\": 4, \"EXECUTING\": 8}") Map<String, Long> byStatus,
                          @Schema(example = "{\"SYSTEM_UPGRADE\": 5, \"NETWORK_ROLLOUT\": 7}") Map<String, Long> byType,
                          @Schema(description = "Total budget per currency") List<Money> budgets) {
    }

    @Schema(name = "PortfolioMoney")
    public record Money(@Schema(example = "1250000.00") BigDecimal amount, @Schema(example = "EUR") String currency) {
    }
}
