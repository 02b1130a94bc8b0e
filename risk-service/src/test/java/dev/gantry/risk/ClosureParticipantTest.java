package dev.gantry.risk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.contract.ClosureParticipantContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** risk-service answers closure requests from the real broker with ProjectRisksSettled, once per closure. */
@QuarkusTest
class ClosureParticipantTest extends ClosureParticipantContract {

    @Override
    protected String participant() {
        return ClosureParticipants.RISK;
    }

    @Override
    protected String answerTopic() {
        return Topics.RISKS;
    }

    @Override
    protected String answerType() {
        return "dev.gantry.risk.project-risks-settled.v1";
    }

    @Override
    protected void checkAnswer(JsonNode answer) {
        assertThat(answer.path("risksClosed").asInt()).isZero();
        assertThat(answer.path("risksTransferred").asInt()).isZero();
        assertThat(answer.path("transferredTo").isNull()).isTrue();
    }

    @Test
    void aTransferNamesTheTarget() throws IOException {
        UUID project = UUID.randomUUID();
        UUID closure = UUID.randomUUID();
        Instant now = Instant.now();
        TestEvents.send(kafka(), new ProjectClosureRequested(project, closure, "user-1", "pm", "Handed over",
                ClosureParticipants.TRANSFER, "IT operations risk register", ClosureParticipants.ALL, now,
                now.plusSeconds(600)));

        JsonNode answer = JSON.readTree(answers(closure, 1).get(0).value());
        assertThat(answer.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(answer.path("transferredTo").asText()).isEqualTo("IT operations risk register");
        assertThat(answer.path("risksTransferred").asInt()).isZero();
    }
}
