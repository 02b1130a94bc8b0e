package dev.gantry.projects.progress.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

@Schema(name = "StatusDateRequest", description = "The project's status date: the date-time progress is reported as"
        + " of (project-local). null clears it; the field itself is required.")
public record StatusDateRequest(
        @Schema(example = "2027-03-05T17:00:00", nullable = true) LocalDateTime statusDate) {
}
