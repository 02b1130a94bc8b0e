package dev.gantry.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.testing.contract.ClosureParticipantContract;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** resources-service answers closure requests from the real broker with ProjectResourcesReleased, once per closure. */
@QuarkusTest
class ClosureParticipantTest extends ClosureParticipantContract {

    @Override
    protected String participant() {
        return ClosureParticipants.RESOURCES;
    }

    @Override
    protected String answerTopic() {
        return Topics.RESOURCES;
    }

    @Override
    protected String answerType() {
        return "dev.gantry.resources.project-resources-released.v1";
    }

    @Override
    protected void checkAnswer(JsonNode answer) {
        assertThat(answer.path("staffAllocationsReleased").asInt()).isZero();
        assertThat(answer.path("hardwareAllocationsReleased").asInt()).isZero();
    }
}
