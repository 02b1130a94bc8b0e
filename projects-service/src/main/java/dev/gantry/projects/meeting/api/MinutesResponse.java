package dev.gantry.projects.meeting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Minutes", description = "The minutes and who recorded them last, when")
public record MinutesResponse(
        @Schema(example = "Budget approved; vendor B selected. Rollout starts in May.") String text,
        PersonDto recordedBy,
        @Schema(example = "2027-03-15T10:40:00Z") Instant recordedAt) {
}
