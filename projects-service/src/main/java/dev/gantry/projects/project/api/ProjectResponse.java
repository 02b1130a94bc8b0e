package dev.gantry.projects.project.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Project")
public record ProjectResponse(
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID id,
        @Schema(example = "ERP upgrade to 2027 release") String name,
        String description,
        @Schema(example = "SYSTEM_UPGRADE") String type,
        @Schema(example = "INITIATING") String status,
        PersonDto manager,
        @Schema(example = "2027-01-11") LocalDate startDate,
        MoneyDto budget,
        @Schema(description = "Current version; also the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "Person")
    public record PersonDto(@Schema(example = "8d2f6c1a-0b7e-4b8e-9c43-6e1f0a2b3c4d") String userId,
                            @Schema(example = "pm") String username) {
    }
}
