package dev.gantry.resources.people.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Holiday", description = "Days the person does not work whatever their working week says")
public record HolidayDto(
        @NotBlank @Size(max = 200) @Schema(example = "Christmas") String name,
        @NotNull @Schema(example = "2027-12-24") LocalDate firstDay,
        @NotNull @Schema(description = "Inclusive", example = "2027-12-26") LocalDate lastDay) {
}
