package dev.gantry.projects.lifecycle.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Gates", description = "The project's state and the moves open to it, with each gate's criteria")
public record GatesResponse(
        @Schema(example = "INITIATING") String status,
        @Schema(description = "For an ON_HOLD project, the state it resumes to", example = "EXECUTING") String resumesTo,
        @Schema(description = "The project's version; send it as If-Match with a transition", example = "2") long version,
        List<NextState> next) {

    @Schema(name = "NextState", description = "A state the project may move to")
    public record NextState(
            @Schema(example = "PLANNING") String to,
            @Schema(description = "GATE (forward, criteria apply), HOLD, RESUME, CANCEL or CLOSURE (reserved for"
                    + " the closure process)", example = "GATE") String kind,
            @Schema(description = "True when a transition to this state would succeed now") boolean allowed,
            List<CriterionDto> criteria,
            @Schema(description = "Why the move is impossible regardless of criteria, e.g. closure must be requested")
            List<String> blockers) {
    }

    @Schema(name = "GateCriterion")
    public record CriterionDto(
            @Schema(description = "Stable code", example = "CHARTER_SCOPE_STATEMENT") String code,
            @Schema(example = "the charter has a scope statement") String description,
            boolean met) {
    }
}
