package dev.gantry.projects.closure.api;

import dev.gantry.projects.closure.domain.RiskDisposition;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosureRequest", description = "Request the closure of a project. Every field is optional: {} closes"
        + " open risks.")
public record ClosureRequest(
        @Size(max = 2000) @Schema(description = "Why the project closes now; up to 2000 characters",
                example = "All deliverables accepted by the steering committee") String reason,
        @Schema(description = "What happens to open risks: CLOSE (default) closes them, TRANSFER hands them over to"
                + " riskTransferTarget", example = "TRANSFER") RiskDisposition riskDisposition,
        @Size(max = 200) @Schema(description = "Where open risks go; required with TRANSFER, not allowed with CLOSE",
                example = "IT operations risk register") String riskTransferTarget) {
}
