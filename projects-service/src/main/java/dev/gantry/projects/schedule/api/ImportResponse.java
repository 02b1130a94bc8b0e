package dev.gantry.projects.schedule.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ImportResult", description = "The project created from a file")
public record ImportResponse(UUID projectId, String name, LocalDate startDate, int tasks, int dependencies,
                             int calendars,
                             @Schema(description = "What the conversion had to approximate or leave out") List<String> warnings) {
}
