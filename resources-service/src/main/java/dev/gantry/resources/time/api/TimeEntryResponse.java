package dev.gantry.resources.time.api;

import dev.gantry.resources.time.domain.TimeEntry;
import dev.gantry.resources.time.domain.TimeStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "TimeEntry", description = "Hours a person worked on a project on a day, and where their approval is")
public record TimeEntryResponse(
        @Schema(example = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(example = "7d7c3a5e-2f8b-4c61-9d0e-1a2b3c4d5e6f") UUID personId,
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        UUID taskId,
        @Schema(example = "2027-03-09") LocalDate day,
        @Schema(example = "6.5") BigDecimal hours,
        String note,
        @Schema(example = "SUBMITTED") TimeStatus status,
        @Schema(description = "The user who entered the hours", example = "aisha") String enteredBy,
        @Schema(description = "The user who approved or rejected them last") String decidedBy,
        Instant decidedAt,
        String decisionNote,
        @Schema(description = "Current version; also the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static TimeEntryResponse of(TimeEntry e) {
        return new TimeEntryResponse(e.id, e.personId, e.projectId, e.taskId, e.day, e.hours, e.note, e.status,
                e.enteredBy, e.decidedBy, e.decidedAt, e.decisionNote, e.version, e.createdAt, e.updatedAt);
    }

    static List<TimeEntryResponse> of(List<TimeEntry> entries) {
        return entries.stream().map(TimeEntryResponse::of).toList();
    }
}
