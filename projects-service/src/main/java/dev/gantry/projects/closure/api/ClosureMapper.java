package dev.gantry.projects.closure.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.projects.closure.ClosureService;
import dev.gantry.projects.closure.domain.ClosureAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class ClosureMapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ClosureMapper() {
    }

    static ClosureResponse toResponse(ClosureService.View view) {
        var closure = view.closure();
        List<ClosureResponse.Participant> participants = new ArrayList<>();
        for (String participant : closure.participants()) {
            ClosureAnswer answer = view.answers().stream().filter(a -> a.participant().equals(participant))
                    .findFirst().orElse(null);
            participants.add(answer == null
                    ? new ClosureResponse.Participant(participant, "WAITING", null, null, null, null, null)
                    : new ClosureResponse.Participant(participant, "ANSWERED", answer.outcome().name(),
                    answer.reason(), answer.summary(), details(answer.details()), answer.answeredAt()));
        }
        return new ClosureResponse(closure.id(), closure.projectId(), closure.state().name(),
                view.projectStatus().name(), view.projectVersion(), closure.reason(), closure.riskDisposition().name(),
                closure.riskTransferTarget(), closure.requestedBy(), closure.requestedByName(), closure.requestedAt(),
                closure.deadline(), closure.endedAt(), closure.failureReason(), closure.awaited(), participants);
    }

    private static Map<String, Object> details(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored closure answer details are not a JSON object", e);
        }
    }
}
