package dev.gantry.projects.schedule.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "CalendarException", description = "A change to the normal week: without periods a holiday, with"
        + " periods those working hours")
public record ExceptionDto(
        @Size(max = 200) @Schema(example = "Christmas") String name,
        @NotNull @Schema(example = "2027-12-24") LocalDate from,
        @Schema(description = "Last day, inclusive; defaults to from", example = "2027-12-26") LocalDate to,
        @Size(max = 10) List<@NotNull @Valid PeriodDto> periods,
        @Valid RecurrenceDto recurrence) {
}
