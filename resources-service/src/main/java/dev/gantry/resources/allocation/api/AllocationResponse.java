package dev.gantry.resources.allocation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Allocation", description = "A person allocated to a project over a period")
public record AllocationResponse(
        @Schema(example = "4e2d9c1b-7a6f-4b3e-8d5c-2a1b0c9d8e7f") UUID id,
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        @Schema(example = "7d7c3a5e-2f8b-4c61-9d0e-1a2b3c4d5e6f") UUID personId,
        @Schema(description = "The person's name (members of the project see who is on it)", example = "Aisha Khan")
        String personName,
        @Schema(example = "DBA") String jobFamily,
        @Schema(description = "The task the allocation follows, if any") UUID taskId,
        @Schema(description = "Whether that task was critical when its dates were last received") Boolean taskCritical,
        @Schema(example = "2027-03-01") LocalDate firstDay,
        @Schema(example = "2027-06-30") LocalDate lastDay,
        @Schema(example = "50") BigDecimal percent,
        @Schema(example = "4") BigDecimal hoursPerDay,
        @Schema(example = "Migration DBA") String role,
        String note,
        @Schema(description = "The day the project's closure released the allocation; it counts for no day after it")
        LocalDate releasedOn,
        @Schema(description = "Current version; also the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The imported assignment the allocation was made from, whose work the person's load asks"
                + " where the plan puts it rather than the percent on every day; null for an allocation made by hand"
                + " and once its period or share is set by hand") ImportedWork importedWork) {

    @Schema(name = "ImportedWork", description = "The work of an imported plan's assignment, as the plan schedules it")
    public record ImportedWork(
            @Schema(description = "Work of the assignment, in minutes", example = "960") long workMinutes,
            @Schema(description = "The assignment's units: percent of the person's time", example = "100") BigDecimal units,
            @Schema(description = "MS Project's work contour; null when flat", example = "BACK_LOADED") String contour,
            @Schema(description = "Working time between the task's start and the assignment's, in minutes", example = "960")
            long delayMinutes) {

        static ImportedWork of(Long workMinutes, BigDecimal units, String contour, Long delayMinutes) {
            return workMinutes == null || units == null ? null
                    : new ImportedWork(workMinutes, units, contour, delayMinutes == null ? 0 : delayMinutes);
        }
    }
}
