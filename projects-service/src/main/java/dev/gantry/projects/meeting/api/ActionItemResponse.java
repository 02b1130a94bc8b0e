package dev.gantry.projects.meeting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ActionItem", description = "An action item agreed in a meeting")
public record ActionItemResponse(
        @Schema(example = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b") UUID id,
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        @Schema(example = "8d3c2b1a-0f9e-4d8c-b7a6-5e4f3a2b1c0d") UUID meetingId,
        @Schema(example = "Order the replacement switches for the northern branches") String description,
        PersonDto owner,
        @Schema(example = "2027-03-29") LocalDate dueDate,
        @Schema(example = "OPEN") String status,
        @Schema(description = "The WBS task the item was turned into (cleared if that task is deleted)",
                example = "a7b8c9d0-e1f2-4a3b-9c4d-5e6f7a8b9c0d") UUID taskId,
        Instant convertedAt,
        @Schema(description = "Current version; also the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {
}
