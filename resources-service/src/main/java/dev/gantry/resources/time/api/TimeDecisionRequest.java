package dev.gantry.resources.time.api;

import dev.gantry.contracts.resources.CostActualsRecorded;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "TimeDecision", description = "Approve or reject submitted time entries of the project, all or none")
public record TimeDecisionRequest(
        @NotEmpty @Size(max = CostActualsRecorded.MAX_ENTRIES)
        @Schema(description = "Submitted entries of the project, at most 500")
        List<@NotNull UUID> entryIds,
        @NotNull @Schema(example = "APPROVED") Decision decision,
        @Size(max = 1000) @Schema(description = "Why; shown to the person", example = "Matches the cut-over log")
        String note) {

    /** What the manager decides. */
    public enum Decision { APPROVED, REJECTED }
}
