package dev.gantry.projects.meeting.api;

import dev.gantry.projects.meeting.domain.MeetingKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "MeetingRequest", description = "A meeting document: created by POST, replaced as a whole by PUT")
public record MeetingRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Steering committee #3") String title,
        @NotNull @Schema(example = "STEERING") MeetingKind kind,
        @NotBlank @Schema(description = "ISO-8601 date-time with a UTC offset (2027-03-15T10:00:00+01:00), or without"
                + " one when timeZone is given", example = "2027-03-15T10:00:00+01:00") String start,
        @NotBlank @Schema(description = "As start; must be after it (at most 7 days later)",
                example = "2027-03-15T11:30:00+01:00") String end,
        @Size(max = 64) @Schema(description = "IANA time zone, e.g. Europe/Berlin. Required when start and end have no"
                + " offset; when they have one, it must be the zone's offset at that time", example = "Europe/Berlin")
        String timeZone,
        @Size(max = 200) @Schema(example = "Room 4.12, Head office") String location,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(example = "https://meet.example.com/steering-3") String onlineLink,
        @Size(max = 10_000) @Schema(example = "Quarterly steering: budget, vendor choice, rollout plan") String description,
        @Valid @Schema(description = "A project member (userId only); absent: the caller when scheduling, unchanged"
                + " on update") PersonDto organiser,
        @Size(max = 500) List<@Valid @NotNull AttendeeDto> attendees,
        @Size(max = 100) List<@Valid @NotNull AgendaItemDto> agenda,
        @Valid @Schema(description = "Absent or null: no minutes") MinutesInput minutes,
        @Size(max = 200) List<@Valid @NotNull DecisionDto> decisions) {
}
