package dev.gantry.projects.closure.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant's answer as it arrives, before its closure attempt has taken it. {@code details} is the answer's
 * figures as a JSON object; {@code answeredAt} may be missing, and the answer then counts from when it is recorded.
 */
public record ParticipantAnswer(UUID projectId, String participant, AnswerOutcome outcome, String reason,
                                String summary, String details, UUID eventId, Instant answeredAt) {

    public ParticipantAnswer {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(eventId, "eventId");
    }
}
