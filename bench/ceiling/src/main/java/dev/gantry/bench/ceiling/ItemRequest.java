package dev.gantry.bench.ceiling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

public record ItemRequest(@NotBlank String name, @PositiveOrZero long durationMinutes) {
}
