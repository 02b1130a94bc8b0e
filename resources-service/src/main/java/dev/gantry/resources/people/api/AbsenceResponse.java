package dev.gantry.resources.people.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Absence", description = "Days a person does not work: whole days, or hoursPerDay of each")
public record AbsenceResponse(
        @Schema(example = "0b4f6c2e-8a1d-4e3f-9c5b-7d6e5f4a3b2c") UUID id,
        @Schema(example = "7d7c3a5e-2f8b-4c61-9d0e-1a2b3c4d5e6f") UUID personId,
        @Schema(example = "LEAVE") String kind,
        @Schema(example = "APPROVED") String status,
        @Schema(example = "2027-04-05") LocalDate firstDay,
        @Schema(example = "2027-04-09") LocalDate lastDay,
        @Schema(description = "Absent for whole days", example = "4") BigDecimal hoursPerDay,
        @Schema(example = "Easter holidays") String note,
        @Schema(description = "Current version; also the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {
}
