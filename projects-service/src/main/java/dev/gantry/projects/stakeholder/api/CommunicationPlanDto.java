package dev.gantry.projects.stakeholder.api;

import dev.gantry.projects.stakeholder.domain.CommunicationChannel;
import dev.gantry.projects.stakeholder.domain.CommunicationFrequency;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommunicationPlan", description = "How and how often the project talks to the stakeholder, and who does it")
public record CommunicationPlanDto(
        @NotNull @Schema(example = "MEETING") CommunicationChannel channel,
        @NotNull @Schema(example = "WEEKLY") CommunicationFrequency frequency,
        @Size(max = 200) @Schema(description = "Who on the project owns the communication", example = "pm")
        String owner) {
}
