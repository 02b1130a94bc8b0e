package dev.gantry.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import dev.gantry.testing.contract.ClosureParticipantContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * resources-service answers closure requests from the real broker with ProjectResourcesReleased, once per closure,
 * releasing the project's allocations: each ends on the day of the request and the answer counts them.
 */
@QuarkusTest
class ClosureParticipantTest extends ClosureParticipantContract {

    private UUID project;
    private List<String> reservations;

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

    /**
     * The project as projects-service announces it, with a person allocated to it twice, and three assets reserved
     * for it: one over days already past, one running past today, one not started.
     */
    @Override
    protected void knowProject(UUID projectId) {
        project = projectId;
        Member manager = new Member(TestTokens.subjectOf("pm").toString(), "pm", ProjectRole.MANAGER);
        awaitConsumed(TestEvents.send(kafka(), new ProjectCreated(projectId, "Closing " + projectId, null,
                "GENERIC", "EXECUTING", manager, LocalDate.of(2027, 1, 4), null, List.of(manager), 0, Instant.now())));
        String tag = projectId.toString().substring(0, 8);
        String person = asRm().contentType(ContentType.JSON).body(Map.of("name", "Closing " + tag, "jobFamily", "TESTER",
                "capacityHoursPerWeek", 40)).post("/api/resources/people").then().statusCode(201).extract().path("id");
        for (String last : List.of("2027-02-26", "2031-12-31")) {
            asRm().contentType(ContentType.JSON).body(Map.of("personId", person, "firstDay", "2027-01-04",
                    "lastDay", last, "percent", 50)).post("/api/resources/projects/{p}/allocations", projectId)
                    .then().statusCode(201);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        reservations = new java.util.ArrayList<>();
        for (LocalDate[] days : List.of(new LocalDate[] {today.minusDays(30), today.minusDays(10)},
                new LocalDate[] {today.minusDays(5), today.plusDays(60)},
                new LocalDate[] {today.plusDays(20), today.plusDays(40)})) {
            String asset = asRm().contentType(ContentType.JSON).body(Map.of("assetTag", "CL-" + tag + "-"
                    + reservations.size(), "type", "LAPTOP")).post("/api/resources/assets").then().statusCode(201)
                    .extract().path("id");
            reservations.add(asRm().contentType(ContentType.JSON).body(Map.of("assetId", asset, "firstDay",
                    days[0].toString(), "lastDay", days[1].toString()))
                    .post("/api/resources/projects/{p}/asset-reservations", projectId).then().statusCode(201)
                    .extract().path("id"));
        }
    }

    @Override
    protected void checkAnswer(JsonNode answer) {
        assertThat(answer.path("staffAllocationsReleased").asInt()).isEqualTo(2);
        // The running reservation is cut short, the one not started cancelled, the past one kept.
        assertThat(answer.path("hardwareAllocationsReleased").asInt()).isEqualTo(2);
        List<String> left = TestTokens.as("pm", "project-manager")
                .get("/api/resources/projects/{p}/asset-reservations", project).then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(left).containsExactly(reservations.get(0), reservations.get(1));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(TestTokens.as("pm", "project-manager").get("/api/resources/projects/{p}/asset-reservations/{r}",
                project, reservations.get(1)).then().statusCode(200).extract().<String>path("lastDay"))
                .isIn(today, LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        List<String> released = TestTokens.as("pm", "project-manager")
                .get("/api/resources/projects/{p}/allocations", project).then().statusCode(200)
                .extract().jsonPath().getList("releasedOn");
        // The request was sent a moment ago: its day is today's, unless the test ran across midnight UTC.
        assertThat(released).hasSize(2).allSatisfy(day -> assertThat(day).isIn(today,
                LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));
    }

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }
}
