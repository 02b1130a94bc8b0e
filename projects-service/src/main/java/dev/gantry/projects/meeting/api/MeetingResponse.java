package dev.gantry.projects.meeting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Meeting", description = "A meeting of the project with its attendees, agenda, minutes and decisions;"
        + " its action items are under .../meetings/{meetingId}/action-items")
public record MeetingResponse(
        @Schema(example = "8d3c2b1a-0f9e-4d8c-b7a6-5e4f3a2b1c0d") UUID id,
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        @Schema(example = "Steering committee #3") String title,
        @Schema(example = "STEERING") String kind,
        @Schema(description = "SCHEDULED or CANCELLED", example = "SCHEDULED") String status,
        @Schema(description = "In the meeting's time zone (or the offset it was planned with)",
                example = "2027-03-15T10:00:00+01:00") OffsetDateTime start,
        @Schema(example = "2027-03-15T11:30:00+01:00") OffsetDateTime end,
        @Schema(description = "IANA time zone; absent when the meeting was planned with a bare offset",
                example = "Europe/Berlin") String timeZone,
        @Schema(example = "Room 4.12, Head office") String location,
        @Schema(example = "https://meet.example.com/steering-3") String onlineLink,
        String description,
        PersonDto organiser,
        List<AttendeeDto> attendees,
        List<AgendaItemDto> agenda,
        MinutesResponse minutes,
        List<DecisionDto> decisions,
        @Schema(example = "The sponsor is travelling") String cancellationReason,
        Instant cancelledAt,
        @Schema(description = "Current version; also the ETag and the iCalendar SEQUENCE", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {
}
