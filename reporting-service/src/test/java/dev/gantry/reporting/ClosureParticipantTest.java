package dev.gantry.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.contract.ClosureParticipantContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reporting-service answers closure requests from the real broker with ProjectFinalReportPublished, once per closure,
 * and leaves requests that do not name it alone. What the report holds is FinalReportTest's subject.
 */
@QuarkusTest
class ClosureParticipantTest extends ClosureParticipantContract {

    @Override
    protected String participant() {
        return ClosureParticipants.REPORTING;
    }

    @Override
    protected String answerTopic() {
        return Topics.REPORTING;
    }

    @Override
    protected String answerType() {
        return "dev.gantry.reporting.final-report-published.v1";
    }

    /** Reporting reports on projects it knows from their events; an unknown one gets a FAILED answer. */
    @Override
    protected void knowProject(UUID project) {
        awaitConsumed(TestEvents.send(kafka(), ReportingEventsTest.created(project, "Contract " + project, "pm")));
    }

    @Override
    protected void checkAnswer(JsonNode answer) {
        String project = answer.path("projectId").asText();
        assertThat(answer.path("reportPath").asText()).isEqualTo("/api/reports/projects/" + project + "/final-report");
        assertThat(answer.path("projectName").asText()).isEqualTo("Contract " + project);
        assertThat(answer.path("reportId").asText()).isNotBlank();
    }
}
