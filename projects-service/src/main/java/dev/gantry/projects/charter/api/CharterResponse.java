package dev.gantry.projects.charter.api;

import dev.gantry.projects.project.api.MoneyDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Charter", description = "A project's charter")
public record CharterResponse(
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        String scopeStatement,
        List<ObjectiveDto> objectives,
        List<DeliverableDto> deliverables,
        List<String> inScope,
        List<String> outOfScope,
        List<String> constraints,
        List<String> assumptions,
        MoneyDto contingency,
        SponsorDto sponsor,
        @Schema(example = "HIGH") String priority,
        @Schema(example = "2027-07-31") LocalDate plannedEndDate,
        @Schema(description = "The charter's own version; also its ETag", example = "0") long version,
        Instant updatedAt,
        @Schema(description = "Subject of the user who made the last change") String updatedBy) {
}
