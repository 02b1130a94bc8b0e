package dev.gantry.projects.schedule.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalTime;

@Schema(name = "WorkingPeriod", description = "Working time within a day; to 00:00 means midnight at the day's end")
public record PeriodDto(
        @NotNull @Schema(example = "08:00:00") LocalTime from,
        @NotNull @Schema(example = "12:00:00") LocalTime to) {
}
