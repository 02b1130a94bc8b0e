package dev.gantry.projects.meeting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "CalendarFeed", description = "A personal calendar subscription. The url, which contains the secret, is"
        + " only in the answer to its creation.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarFeedResponse(
        UUID id,
        UUID projectId,
        @Schema(example = "Work laptop, Outlook") String label,
        @Schema(description = "Subscribe to this URL in a calendar application; anyone who has it can read the"
                + " project's meetings and milestones, so keep it private. Only in the answer to POST.",
                example = "https://gantry.example.com/api/projects/calendar-feeds/q3Vb8xK0pR2mT7wY1zA4cD6eF9gH5jL3nS0uW2yB8kE.ics")
        String url,
        Instant createdAt,
        @Schema(description = "When a calendar application last fetched it") Instant lastUsedAt) {
}
