package dev.gantry.projects.schedule.api;

import dev.gantry.projects.schedule.domain.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "DependencyRequest", description = "A link between two tasks of the project")
public record DependencyRequest(
        @NotNull UUID predecessorId,
        @NotNull UUID successorId,
        @Schema(description = "FS (default), SS, FF or SF", example = "FS") LinkType type,
        @Valid LagDto lag) {
}
