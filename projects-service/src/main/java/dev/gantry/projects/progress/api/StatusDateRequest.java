package dev.gantry.projects.progress.api;

import dev.gantry.platform.patch.Patch;
import dev.gantry.platform.patch.Present;
import jakarta.validation.valueextraction.Unwrapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

@Schema(name = "StatusDateRequest", description = "The project's status date: the date-time progress is reported as"
        + " of (project-local). null clears it; the field itself is required.")
public record StatusDateRequest(
        @Present(message = "is required: a date-time, or null to clear the status date",
                payload = Unwrapping.Skip.class)
        @Schema(implementation = LocalDateTime.class, nullable = true, example = "2027-03-05T17:00:00",
                required = true) Patch<LocalDateTime> statusDate) {
}
