package dev.gantry.resources.load.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Availability", description = "People with the hours asked for free in the period, most free first")
public record AvailabilityResponse(
        @Schema(example = "2027-04-05") LocalDate from,
        @Schema(example = "2027-04-30") LocalDate to,
        @Schema(description = "People the skill, team and job family filters kept", example = "14") int candidates,
        List<Match> matches) {

    @Schema(name = "AvailabilityMatch")
    public record Match(
            @Schema(example = "7d7c3a5e-2f8b-4c61-9d0e-1a2b3c4d5e6f") UUID personId,
            @Schema(example = "Aisha Khan") String name,
            @Schema(example = "Data platform") String team,
            @Schema(example = "DBA") String jobFamily,
            @Schema(description = "Level of the skill asked for (0 without one)", example = "4") int skillLevel,
            @Schema(description = "Hours available in the period: capacity less absences", example = "152")
            BigDecimal availableHours,
            @Schema(example = "64") BigDecimal allocatedHours,
            @Schema(description = "Hours of each working day available and not allocated, summed", example = "88")
            BigDecimal freeHours,
            @Schema(description = "Free hours per week (Monday to Sunday) of the period") List<Week> weeks) {
    }

    @Schema(name = "AvailabilityWeek")
    public record Week(@Schema(example = "2027-04-05") LocalDate start, @Schema(example = "2027-04-11") LocalDate end,
                       @Schema(example = "24") BigDecimal freeHours) {
    }
}
