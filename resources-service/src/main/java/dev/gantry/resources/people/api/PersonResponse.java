package dev.gantry.resources.people.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Person", description = "A member of staff")
public record PersonResponse(
        @Schema(example = "7d7c3a5e-2f8b-4c61-9d0e-1a2b3c4d5e6f") UUID id,
        @Schema(example = "Aisha Khan") String name,
        @Schema(example = "aisha.khan@example.com") String email,
        @Schema(description = "The OIDC username linking the person to a user", example = "akhan") String username,
        @Schema(example = "DBA") String jobFamily,
        @Schema(example = "Data platform") String team,
        @Schema(example = "40") BigDecimal capacityHoursPerWeek,
        @Schema(description = "By name") List<SkillDto> skills,
        @Schema(description = "By the day they take effect") List<CostRateDto> rates,
        @Schema(description = "The rate in effect today, if any") CostRateDto currentRate,
        @Schema(description = "The weekdays the weekly capacity is spread over, Monday first") List<DayOfWeek> workingDays,
        @Schema(description = "By first day") List<HolidayDto> holidays,
        @Schema(description = "Current version; also the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {
}
