package dev.gantry.projects.schedule.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;

@Schema(name = "Progress", description = "What has happened on the task. An actual start fixes the task's start;"
        + " an actual finish completes it.")
public record ProgressDto(
        LocalDateTime actualStart,
        LocalDateTime actualFinish,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(example = "40") BigDecimal percentComplete,
        @PositiveOrZero @Schema(description = "Working minutes left; absent to derive it from percentComplete")
        Long remainingMinutes) {
}
