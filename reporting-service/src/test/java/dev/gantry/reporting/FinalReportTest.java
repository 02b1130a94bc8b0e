package dev.gantry.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.ProjectMemberAdded;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.contracts.project.ProjectStatusChanged;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.gantry.testing.KafkaTestClient.header;
import static dev.gantry.testing.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * reporting-service answers closure requests from the real broker: it stores the project's final report, publishes
 * ProjectFinalReportPublished once per closure, and serves the report to the project's members.
 */
@QuarkusTest
class FinalReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER = "dev.gantry.reporting.final-report-published.v1";
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(GantryTestResources.kafka());
    }

    @AfterAll
    static void disconnect() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static ProjectClosureRequested request(UUID project, UUID closure, String disposition, String target) {
        Instant now = Instant.now();
        return new ProjectClosureRequested(project, closure, TestTokens.subjectOf("pm").toString(), "pm",
                "All deliverables accepted", disposition, target, ClosureParticipants.ALL, now, now.plusSeconds(600));
    }

    private static JsonNode answer(UUID closure) throws IOException {
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(Topics.REPORTING,
                r -> ANSWER.equals(header(r, CloudEventHeaders.TYPE)) && r.value().contains(closure.toString()), 1,
                Duration.ofSeconds(30));
        assertThat(header(records.get(0), CloudEventHeaders.SOURCE)).isEqualTo("/gantry/reporting-service");
        return JSON.readTree(records.get(0).value());
    }

    private static long count(String sql, Object parameter) {
        try (Connection connection = GantryTestResources.postgres().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A project reporting-service knows: created (manager pm), with dev as a viewer, now CLOSING. */
    private static UUID closingProject(String name) {
        UUID project = UUID.randomUUID();
        TestEvents.send(kafka, ReportingEventsTest.created(project, name, "pm"));
        TestEvents.send(kafka, new ProjectMemberAdded(project, new Member(TestTokens.subjectOf("dev").toString(),
                "dev", ProjectRole.VIEWER), Instant.now()));
        TestEvents.send(kafka, new ProjectStatusChanged(project, "EXECUTING", "CLOSING", "Closure requested", 3,
                Instant.now()));
        return project;
    }

    @Test
    void aClosureRequestProducesTheFinalReportAndAnswersWithIt() throws IOException {
        UUID project = closingProject("Final report");
        UUID closure = UUID.randomUUID();
        TestEvents.send(kafka, request(project, closure, ClosureParticipants.TRANSFER, "IT operations risk register"));

        JsonNode answer = answer(closure);
        assertThat(answer.path("projectId").asText()).isEqualTo(project.toString());
        assertThat(answer.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(answer.path("reason").isNull()).isTrue();
        assertThat(answer.path("reportPath").asText())
                .isEqualTo("/api/reports/projects/" + project + "/final-report");
        assertThat(answer.path("projectName").asText()).isEqualTo("Final report");
        assertThat(answer.path("budget").path("amount").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(answer.path("budget").path("currency").asText()).isEqualTo("EUR");
        assertThat(answer.path("startDate").asText()).isEqualTo("2027-01-11");
        assertThat(answer.path("auditEntries").asLong()).as("created, member added, status changed, closure requested")
                .isEqualTo(4);
        String reportId = answer.path("reportId").asText();

        as("pm", "project-manager").get(answer.path("reportPath").asText()).then().statusCode(200)
                .body("reportId", equalTo(reportId))
                .body("projectId", equalTo(project.toString()))
                .body("closureId", equalTo(closure.toString()))
                .body("project.name", equalTo("Final report"))
                .body("project.type", equalTo("SYSTEM_UPGRADE"))
                .body("project.status", equalTo("CLOSING"))
                .body("project.manager", equalTo("pm"))
                .body("project.startDate", equalTo("2027-01-11"))
                .body("project.budget.currency", equalTo("EUR"))
                .body("closure.reason", equalTo("All deliverables accepted"))
                .body("closure.requestedBy", equalTo("pm"))
                .body("closure.riskDisposition", equalTo("TRANSFER"))
                .body("closure.riskTransferTarget", equalTo("IT operations risk register"))
                .body("activity.auditEntries", equalTo(4))
                .body("activity.eventsByType.'dev.gantry.project.closure-requested.v1'", equalTo(1))
                .body("activity.eventsByType.'dev.gantry.project.created.v1'", equalTo(1));
    }

    @Test
    void aRedeliveredRequestIsAnsweredOnceAndANewClosureGetsANewReport() throws IOException {
        UUID project = closingProject("Report once");
        UUID closure = UUID.randomUUID();
        ProjectClosureRequested request = request(project, closure, ClosureParticipants.CLOSE, null);
        UUID eventId = TestEvents.send(kafka, request);
        String first = answer(closure).path("reportId").asText();

        TestEvents.send(kafka, request, eventId);
        UUID retry = UUID.randomUUID();
        TestEvents.send(kafka, request(project, retry, ClosureParticipants.CLOSE, null));
        String second = answer(retry).path("reportId").asText();

        assertThat(second).isNotEqualTo(first);
        assertThat(kafka.readAll(Topics.REPORTING).stream()
                .filter(r -> ANSWER.equals(header(r, CloudEventHeaders.TYPE)) && r.value().contains(closure.toString())))
                .hasSize(1);
        assertThat(count("select count(*) from final_report where closure_id = ?", closure)).isEqualTo(1);
        assertThat(count("select count(*) from outbox where event_type = '" + ANSWER + "' and payload like ?",
                "%" + closure + "%")).isEqualTo(1);
        as("pm", "project-manager").get("/api/reports/projects/{id}/final-report", project).then().statusCode(200)
                .body("reportId", equalTo(second))
                .body("closureId", equalTo(retry.toString()))
                // created, member added, status changed and the two closure requests; not the redelivery
                .body("activity.auditEntries", equalTo(5))
                .body("activity.eventsByType.'dev.gantry.project.closure-requested.v1'", equalTo(2));
    }

    @Test
    void aProjectReportingDoesNotKnowGetsAFailedAnswer() throws IOException {
        UUID unknown = UUID.randomUUID();
        UUID closure = UUID.randomUUID();
        TestEvents.send(kafka, request(unknown, closure, ClosureParticipants.CLOSE, null));

        JsonNode answer = answer(closure);
        assertThat(answer.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(answer.path("reason").asText()).contains("no portfolio entry");
        assertThat(answer.path("reportId").isNull()).isTrue();
        assertThat(count("select count(*) from final_report where project_id = ?", unknown)).isZero();
        as("root", "admin").get("/api/reports/projects/{id}/final-report", unknown).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no final report yet"));
    }

    @Test
    void membersAdminsAndThePmoReadTheReportOutsidersDoNot() throws IOException {
        UUID project = closingProject("Report access");
        UUID closure = UUID.randomUUID();
        TestEvents.send(kafka, request(project, closure, ClosureParticipants.CLOSE, null));
        answer(closure);

        as("dev", "member").get("/api/reports/projects/{id}/final-report", project).then().statusCode(200)
                .body("closureId", equalTo(closure.toString()));
        as("boss", "pmo").get("/api/reports/projects/{id}/final-report", project).then().statusCode(200);
        as("root", "admin").get("/api/reports/projects/{id}/final-report", project).then().statusCode(200);
        as("stranger", "project-manager").get("/api/reports/projects/{id}/final-report", project).then()
                .statusCode(404).contentType("application/problem+json");
        given().get("/api/reports/projects/{id}/final-report", project).then().statusCode(401)
                .contentType("application/problem+json");
        as("pm", "project-manager").get("/api/reports/projects/{id}/final-report", "not-a-uuid").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void thereIsNoReportBeforeClosureIsRequested() {
        UUID project = closingProject("No report yet");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                count("select count(*) from audit_entry where project_id = ?", project) == 3);
        as("pm", "project-manager").get("/api/reports/projects/{id}/final-report", project).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
