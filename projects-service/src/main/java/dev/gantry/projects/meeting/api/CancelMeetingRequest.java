package dev.gantry.projects.meeting.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelMeetingRequest")
public record CancelMeetingRequest(
        @Size(max = 1000) @Schema(example = "The sponsor is travelling; moved to April") String reason) {
}
