package dev.gantry.resources.load.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Load", description = "A person's load per day or week: hours available against hours allocated")
public record LoadResponse(
        @Schema(example = "7d7c3a5e-2f8b-4c61-9d0e-1a2b3c4d5e6f") UUID personId,
        @Schema(example = "Aisha Khan") String personName,
        @Schema(example = "40") BigDecimal capacityHoursPerWeek,
        @Schema(example = "2027-03-01") LocalDate from,
        @Schema(example = "2027-05-23") LocalDate to,
        @Schema(description = "DAY or WEEK (weeks start on Monday)", example = "WEEK") String by,
        List<Period> periods,
        @Schema(description = "Announced over-allocation episodes of the person that touch the period")
        List<Episode> overallocations) {

    @Schema(name = "LoadPeriod")
    public record Period(
            @Schema(example = "2027-03-01") LocalDate start,
            @Schema(description = "Inclusive", example = "2027-03-07") LocalDate end,
            @Schema(description = "Working hours of the period (the weekly capacity spread over the person's working days, none on holidays)",
                    example = "40") BigDecimal capacityHours,
            @Schema(description = "Hours of absences on working days", example = "8") BigDecimal absentHours,
            @Schema(description = "capacityHours less absentHours", example = "32") BigDecimal availableHours,
            @Schema(example = "36") BigDecimal allocatedHours,
            @Schema(description = "availableHours less allocatedHours; negative when over-allocated", example = "-4")
            BigDecimal freeHours,
            @Schema(description = "True when some working day of the period asks more than the person is available")
            boolean overallocated,
            List<Share> allocations) {
    }

    @Schema(name = "LoadShare", description = "One allocation's hours in a period")
    public record Share(UUID allocationId, UUID projectId, @Schema(example = "20") BigDecimal hours) {
    }

    @Schema(name = "OverallocationEpisode")
    public record Episode(UUID episodeId, LocalDate firstDay, LocalDate lastDay, LocalDate peakDay,
                          @Schema(description = "Hours allocated on the peak day", example = "11.2") BigDecimal allocatedHours,
                          @Schema(description = "Hours available on the peak day", example = "8") BigDecimal availableHours) {
    }
}
