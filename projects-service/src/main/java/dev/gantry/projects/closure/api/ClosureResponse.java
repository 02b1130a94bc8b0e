package dev.gantry.projects.closure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Closure", description = "The project's latest closure attempt and where each participant stands")
public record ClosureResponse(
        @Schema(example = "0c7d3e8a-6f21-4b7e-9d4c-1a2b3c4d5e6f") UUID closureId,
        @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        @Schema(description = "PENDING (waiting for answers), COMPLETED (project CLOSED), FAILED (a participant"
                + " refused; request again) or TIMED_OUT (deadline passed; request again)", example = "PENDING")
        String state,
        @Schema(description = "The project's status now: CLOSING while the closure is pending, CLOSED once completed",
                example = "CLOSING") String projectStatus,
        @Schema(description = "The project's version; its ETag for the next If-Match", example = "7")
        long projectVersion,
        @Schema(example = "All deliverables accepted by the steering committee") String reason,
        @Schema(example = "TRANSFER") String riskDisposition,
        @Schema(example = "IT operations risk register") String riskTransferTarget,
        @Schema(description = "Subject of the user who requested the closure",
                example = "4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f") String requestedBy,
        @Schema(example = "pm") String requestedByName,
        @Schema(example = "2027-12-01T09:00:00Z") Instant requestedAt,
        @Schema(description = "Answers after this are too late; the closure then times out",
                example = "2027-12-01T09:10:00Z") Instant deadline,
        @Schema(description = "When the closure completed, failed or timed out") Instant endedAt,
        @Schema(description = "Why the closure FAILED or TIMED_OUT",
                example = "No answer from reporting-service before the deadline 2027-12-01T09:10:00Z")
        String failureReason,
        @Schema(description = "The participants that have not answered yet", example = "[\"reporting-service\"]")
        List<String> waitingFor,
        List<Participant> participants) {

    @Schema(name = "ClosureParticipant", description = "One participant of the closure and its answer")
    public record Participant(
            @Schema(example = "resources-service") String participant,
            @Schema(description = "WAITING or ANSWERED", example = "ANSWERED") String status,
            @Schema(description = "COMPLETED or FAILED, once answered", example = "COMPLETED") String outcome,
            @Schema(description = "The participant's reason for a FAILED answer") String reason,
            @Schema(example = "Released 4 staff and 12 hardware allocations") String summary,
            @Schema(description = "The answer's figures",
                    example = "{\"staffAllocationsReleased\": 4, \"hardwareAllocationsReleased\": 12}")
            Map<String, Object> details,
            @Schema(example = "2027-12-01T09:00:02Z") Instant answeredAt) {
    }
}
