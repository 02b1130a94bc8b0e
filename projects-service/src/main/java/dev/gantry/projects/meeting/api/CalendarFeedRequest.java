package dev.gantry.projects.meeting.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarFeedRequest", description = "A new personal calendar subscription")
public record CalendarFeedRequest(
        @Size(max = 100) @Schema(description = "Where it is used, to tell your feeds apart", example = "Work laptop, Outlook")
        String label) {
}
