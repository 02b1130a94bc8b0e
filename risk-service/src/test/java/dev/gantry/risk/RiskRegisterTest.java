package dev.gantry.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import dev.gantry.testing.openapi.ApiFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The risk register through REST against real PostgreSQL and Kafka: scoring on the organisation's matrix with a
 * history of who changed what and why, the status table and the issue a risk becomes when it occurs, response
 * actions and reviews, heat maps, who may do what, the events on the risks topic, and the closure's real counts.
 */
@QuarkusTest
class RiskRegisterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiFixtures fixtures;
    private static KafkaTestClient kafka;

    /** Once the application runs: its port is known only then. */
    @BeforeEach
    void projects() {
        if (fixtures == null) {
            fixtures = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").build();
            kafka = new KafkaTestClient(GantryTestResources.kafka());
        }
    }

    @AfterAll
    static void close() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static RequestSpecification manager() {
        return TestTokens.as(ApiFixtures.MANAGER, "project-manager").contentType(ContentType.JSON);
    }

    private static String risks(UUID project) {
        return "/api/risks/projects/" + project + "/risks";
    }

    private static ExtractableResponse<Response> identify(UUID project, Map<String, Object> body) {
        return manager().body(body).post(risks(project)).then().statusCode(201).extract();
    }

    @Test
    void aRiskIsScoredOnTheMatrixAndAnnounced() throws IOException {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        ExtractableResponse<Response> created = identify(project, Map.of(
                "title", "Legacy CRM data fails validation during migration",
                "cause", "Records entered without validation for 15 years",
                "event", "The new CRM rejects many records at cut-over",
                "effect", "Go-live slips while data is cleansed",
                "category", "data_migration", "probability", 3, "impact", 4,
                "costImpact", 40000, "currency", "EUR", "tags", List.of("CRM", "crm", " cut-over ")));
        String id = created.path("id");
        assertThat(created.<String>path("key")).as("the project's first risk").isEqualTo("R-1");
        assertThat(created.<String>path("status")).isEqualTo("IDENTIFIED");
        assertThat(created.<String>path("category")).isEqualTo("DATA_MIGRATION");
        assertThat(created.<Integer>path("inherent.score")).isEqualTo(12);
        assertThat(created.<String>path("inherent.level")).isEqualTo("HIGH");
        assertThat(created.<String>path("inherent.probabilityLabel")).isEqualTo("Possible");
        assertThat(created.<String>path("inherent.impactLabel")).isEqualTo("Major");
        // 50% (the third probability level of the default matrix) of 40,000
        assertThat(created.<Float>path("expectedMonetaryValue")).isEqualTo(20000.0f);
        assertThat(created.<List<String>>path("tags")).containsExactly("crm", "cut-over");

        List<ConsumerRecord<String, String>> raised = kafka.awaitRecords(Topics.RISKS,
                r -> r.value().contains(id), 2, Duration.ofSeconds(20));
        JsonNode first = JSON.readTree(raised.get(0).value());
        assertThat(KafkaTestClient.header(raised.get(0), "ce_type")).isEqualTo("dev.gantry.risk.risk-raised.v1");
        assertThat(raised.get(0).key()).isEqualTo(project.toString());
        assertThat(first.path("score").asInt()).isEqualTo(12);
        assertThat(KafkaTestClient.header(raised.get(1), "ce_type")).isEqualTo("dev.gantry.risk.risk-assessed.v1");
        assertThat(JSON.readTree(raised.get(1).value()).path("expectedMonetaryValue").decimalValue())
                .isEqualByComparingTo("20000");
    }

    @Test
    void aScoreChangeNeedsAReasonAndIsKeptWithWhoAndWhy() {
        UUID project = fixtures.project();
        ExtractableResponse<Response> created = identify(project, Map.of("title", "Firewall rules block the new API",
                "category", "CYBERSECURITY", "probability", 2, "impact", 3));
        String id = created.path("id");
        String etag = created.header("ETag");

        manager().header("If-Match", etag).body(Map.of("probability", 5))
                .patch(risks(project) + "/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/scoreReason"));
        manager().get(risks(project) + "/" + id).then().statusCode(200).header("ETag", etag)
                .body("inherent.probability", equalTo(2));

        manager().header("If-Match", etag).body(Map.of("probability", 5, "impact", 4, "scoreReason", "Pen test found"
                        + " open ports"))
                .patch(risks(project) + "/" + id)
                .then().statusCode(200).body("inherent.score", equalTo(20)).body("inherent.level", equalTo("CRITICAL"));
        manager().header("If-Match", etag).body(Map.of("impact", 1, "scoreReason", "stale"))
                .patch(risks(project) + "/" + id).then().statusCode(412);
        manager().body(Map.of("probability", 11)).header("If-Match", "*")
                .patch(risks(project) + "/" + id).then().statusCode(400);

        List<Map<String, Object>> history = manager().get(risks(project) + "/" + id + "/score-history")
                .then().statusCode(200).extract().path("");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("reason")).isEqualTo("Scored when identified");
        assertThat(history.get(1).get("reason")).isEqualTo("Pen test found open ports");
        assertThat(history.get(1).get("changedBy")).isEqualTo(ApiFixtures.MANAGER);
        assertThat(((Map<?, ?>) history.get(1).get("inherent")).get("score")).isEqualTo(20);
    }

    @Test
    void theStatusTableIsEnforcedAndAnOccurredRiskOpensAnIssue() {
        UUID project = fixtures.project();
        ExtractableResponse<Response> created = identify(project, Map.of("title", "Storage vendor misses delivery",
                "category", "VENDOR", "owner", "dana.lee"));
        String id = created.path("id");
        String etag = created.header("ETag");
        String path = risks(project) + "/" + id + "/transitions";

        manager().header("If-Match", etag).body(Map.of("to", "RESPONDING")).post(path)
                .then().statusCode(409).body("reasons[0]", containsString("ASSESSED"));
        manager().header("If-Match", etag).body(Map.of("to", "ASSESSED")).post(path)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/to"));

        String occurred = manager().header("If-Match", etag)
                .body(Map.of("to", "OCCURRED", "reason", "Delivery postponed by six weeks")).post(path)
                .then().statusCode(200).body("status", equalTo("OCCURRED")).extract().path("issueId");
        String issues = "/api/risks/projects/" + project + "/issues";
        ExtractableResponse<Response> issue = manager().get(issues + "/" + occurred).then().statusCode(200).extract();
        assertThat(issue.<String>path("riskId")).isEqualTo(id);
        assertThat(issue.<String>path("owner")).isEqualTo("dana.lee");
        assertThat(issue.<String>path("description")).contains("Delivery postponed by six weeks");
        manager().header("If-Match", issue.header("ETag")).body(Map.of("status", "RESOLVED"))
                .patch(issues + "/" + occurred).then().statusCode(400).body("errors[0].pointer", equalTo("/resolution"));
        manager().header("If-Match", issue.header("ETag"))
                .body(Map.of("status", "RESOLVED", "resolution", "Loan units from the reseller"))
                .patch(issues + "/" + occurred).then().statusCode(200).body("status", equalTo("RESOLVED"));

        List<String> moves = manager().get(risks(project) + "/" + id + "/status-history").then().statusCode(200)
                .extract().path("to");
        assertThat(moves).containsExactly("IDENTIFIED", "OCCURRED");
        manager().header("If-Match", "*").delete(risks(project) + "/" + id).then().statusCode(409);
    }

    @Test
    void actionsAreFlaggedOverdueAndReviewsSetTheNextDate() {
        UUID project = fixtures.project();
        String id = identify(project, Map.of("title", "Core switch firmware has a known defect",
                "category", "TECHNICAL")).path("id");
        String actions = risks(project) + "/" + id + "/actions";
        manager().body(Map.of("description", "Upgrade firmware in the maintenance window", "dueOn",
                LocalDate.now().minusDays(1).toString())).post(actions).then().statusCode(201).body("overdue", equalTo(true));
        String done = manager().body(Map.of("description", "Order spare supervisor module", "dueOn",
                LocalDate.now().minusDays(3).toString(), "status", "DONE")).post(actions)
                .then().statusCode(201).body("overdue", equalTo(false)).extract().path("id");
        manager().get(risks(project) + "/" + id).then().statusCode(200)
                .body("overdueActions", equalTo(1)).body("actions.id", hasItem(done));

        String next = LocalDate.now().plusDays(14).toString();
        manager().body(Map.of("notes", "Vendor confirmed the fix in 9.3.2", "nextReviewOn", next))
                .post(risks(project) + "/" + id + "/reviews").then().statusCode(201);
        manager().body(Map.of("notes", "x", "nextReviewOn", LocalDate.now().toString()))
                .post(risks(project) + "/" + id + "/reviews").then().statusCode(400);
        manager().get(risks(project) + "/" + id).then().statusCode(200)
                .body("nextReviewOn", equalTo(next)).body("reviewOverdue", equalTo(false));
    }

    @Test
    void anOverdueActionIsAnnouncedOncePerDueDate() throws IOException, InterruptedException {
        UUID project = fixtures.project();
        String id = identify(project, Map.of("title", "Backup window too short for the new volumes",
                "category", "OPERATIONS")).path("id");
        String actions = risks(project) + "/" + id + "/actions";
        String late = manager().body(Map.of("description", "Move backups to the new appliance", "owner", "jonas",
                "dueOn", LocalDate.now().minusDays(2).toString())).post(actions).then().statusCode(201)
                .extract().path("id");
        String finished = manager().body(Map.of("description", "Measure the backup duration", "dueOn",
                LocalDate.now().minusDays(2).toString(), "status", "DONE")).post(actions).then().statusCode(201)
                .extract().path("id");

        ConsumerRecord<String, String> overdue = kafka.awaitRecords(Topics.RISKS, r -> r.value().contains(late), 1,
                Duration.ofSeconds(30)).get(0);
        assertThat(KafkaTestClient.header(overdue, "ce_type")).isEqualTo("dev.gantry.risk.risk-response-overdue.v1");
        JsonNode event = JSON.readTree(overdue.value());
        assertThat(event.path("owner").asText()).isEqualTo("jonas");
        assertThat(event.path("dueOn").asText()).isEqualTo(LocalDate.now().minusDays(2).toString());
        Thread.sleep(5_000); // two more checks (every 2 s in tests) announce nothing more
        List<ConsumerRecord<String, String>> all = kafka.readAll(Topics.RISKS);
        assertThat(all).filteredOn(r -> r.value().contains(late)).hasSize(1);
        assertThat(all).noneMatch(r -> r.value().contains(finished));
    }

    @Test
    void viewersReadOutsidersSeeNothingAndRiskManagersActEverywhere() {
        UUID project = fixtures.project();
        String id = identify(project, Map.of("title", "Key DBA leaves mid-project", "category", "RESOURCE"))
                .path("id");
        TestTokens.as(ApiFixtures.VIEWER, "viewer").get(risks(project) + "/" + id).then().statusCode(200);
        TestTokens.as(ApiFixtures.VIEWER, "viewer").contentType(ContentType.JSON)
                .body(Map.of("title", "x", "category", "RESOURCE")).post(risks(project)).then().statusCode(403);
        TestTokens.as(ApiFixtures.OUTSIDER, "project-manager").get(risks(project) + "/" + id).then().statusCode(404);
        TestTokens.as(ApiFixtures.OTHER_MANAGER, "project-manager").get(risks(project)).then().statusCode(404);
        TestTokens.as("rita-risk", "risk-manager").contentType(ContentType.JSON)
                .body(Map.of("title", "Change freeze overlaps cut-over", "category", "SCHEDULE"))
                .post(risks(project)).then().statusCode(201).body("createdBy", equalTo("rita-risk"));
        TestTokens.as("rita-risk", "risk-manager").get(risks(UUID.randomUUID())).then().statusCode(404);
        manager().body(Map.of("title", "x", "category", "NO_SUCH")).post(risks(project))
                .then().statusCode(400).body("errors[0].pointer", equalTo("/category"));
    }

    @Test
    void theHeatMapCountsOpenRisksPerCell() {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        identify(project, Map.of("title", "A", "category", "COST", "probability", 5, "impact", 5));
        identify(project, Map.of("title", "B", "category", "COST", "probability", 5, "impact", 5,
                "residualProbability", 1, "residualImpact", 2));
        identify(project, Map.of("title", "C", "category", "COST", "probability", 1, "impact", 2));
        identify(project, Map.of("title", "D", "category", "COST"));
        Map<String, Object> map = manager().get("/api/risks/projects/" + project + "/heat-map").then().statusCode(200)
                .extract().path("");
        assertThat(map.get("open")).isEqualTo(4);
        assertThat(map.get("unscored")).isEqualTo(1);
        assertThat(((List<List<Integer>>) map.get("cells")).get(4).get(4)).isEqualTo(2);
        assertThat(((List<List<Integer>>) map.get("cells")).get(0).get(1)).isEqualTo(1);
        assertThat(map.get("byLevel")).isEqualTo(Map.of("LOW", 1, "MEDIUM", 0, "HIGH", 0, "CRITICAL", 2));
        assertThat(((List<Map<String, Object>>) map.get("top")).stream().map(t -> t.get("title")))
                .containsExactly("A", "B", "C");
        List<Map<String, Object>> trend = (List<Map<String, Object>>) map.get("trend");
        assertThat(trend).hasSize(9);
        assertThat(trend.get(8).get("day")).isEqualTo(LocalDate.now().toString());
        assertThat(trend.get(8).get("open")).isEqualTo(4);
        assertThat(trend.get(8).get("byLevel")).isEqualTo(Map.of("LOW", 1, "MEDIUM", 0, "HIGH", 0, "CRITICAL", 2));
        assertThat(trend.get(7).get("open")).as("a week ago, none of them existed").isEqualTo(0);
        manager().queryParam("weeks", 53).get("/api/risks/projects/" + project + "/heat-map").then().statusCode(400);
        Map<String, Object> residual = manager().queryParam("basis", "RESIDUAL")
                .get("/api/risks/projects/" + project + "/heat-map").then().statusCode(200).extract().path("");
        assertThat(residual.get("unscored")).isEqualTo(3);
        manager().queryParam("basis", "BOTH").get("/api/risks/projects/" + project + "/heat-map").then().statusCode(400);
    }

    @Test
    void thePmoChangesTheMatrixWithHistoryAndNothingElseMay() {
        Map<String, Object> body = Map.of("probabilityLabels", List.of("Rare", "Unlikely", "Possible", "Likely",
                        "Almost certain"), "probabilityPercents", List.of(5, 20, 50, 70, 90),
                "impactLabels", List.of("Minimal", "Minor", "Moderate", "Major", "Severe"),
                "mediumFrom", 4, "highFrom", 10, "criticalFrom", 15, "reason", "Group policy 2027");
        identify(fixtures.project(), Map.of("title", "Scored at the top", "category", "COST", "probability", 5,
                "impact", 5));
        TestTokens.as(ApiFixtures.MANAGER, "project-manager").contentType(ContentType.JSON).header("If-Match", "*")
                .body(body).put("/api/risks/matrix").then().statusCode(403);
        String etag = TestTokens.as("pmo-1", "pmo").get("/api/risks/matrix").then().statusCode(200).extract()
                .header("ETag");
        TestTokens.as("pmo-1", "pmo").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("probabilityLabels", List.of("Low", "High", "Very high"), "probabilityPercents",
                        List.of(10, 50, 90), "impactLabels", List.of("Low", "Medium", "High"), "mediumFrom", 2,
                        "highFrom", 4, "criticalFrom", 6, "reason", "Smaller"))
                .put("/api/risks/matrix").then().statusCode(409);
        TestTokens.as("pmo-1", "pmo").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("probabilityLabels", List.of("a", "b", "c", "d", "e"), "probabilityPercents",
                        List.of(10, 5, 50, 70, 90), "impactLabels", List.of("a", "b", "c", "d", "e"), "mediumFrom", 4,
                        "highFrom", 10, "criticalFrom", 30, "reason", "Wrong"))
                .put("/api/risks/matrix").then().statusCode(400);
        String changed = TestTokens.as("pmo-1", "pmo").contentType(ContentType.JSON).header("If-Match", etag)
                .body(body).put("/api/risks/matrix").then().statusCode(200).body("mediumFrom", equalTo(4))
                .extract().header("ETag");
        TestTokens.as("pmo-1", "pmo").contentType(ContentType.JSON).header("If-Match", etag)
                .body(body).put("/api/risks/matrix").then().statusCode(412);
        List<String> reasons = TestTokens.as(ApiFixtures.VIEWER, "viewer").get("/api/risks/matrix/history")
                .then().statusCode(200).extract().path("reason");
        assertThat(reasons).endsWith("Group policy 2027");
        // back to the default thresholds, as a later change
        TestTokens.as("pmo-1", "pmo").contentType(ContentType.JSON).header("If-Match", changed)
                .body(new java.util.HashMap<>(body) {{
                    put("mediumFrom", 5);
                    put("reason", "Back to the default");
                }}).put("/api/risks/matrix").then().statusCode(200);
    }

    @Test
    void aClosureTransfersTheOpenRisksAndCountsThem() throws IOException {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        identify(project, Map.of("title", "Open one", "category", "OPERATIONS"));
        identify(project, Map.of("title", "Open two", "category", "OPERATIONS"));
        ExtractableResponse<Response> third = identify(project, Map.of("title", "Closed", "category", "OPERATIONS"));
        manager().header("If-Match", third.header("ETag")).body(Map.of("to", "CLOSED"))
                .post(risks(project) + "/" + third.path("id") + "/transitions").then().statusCode(200);

        UUID closure = UUID.randomUUID();
        Instant now = Instant.now();
        TestEvents.send(kafka, new ProjectClosureRequested(project, closure, "user-1", "pm", "Handed over",
                ClosureParticipants.TRANSFER, "IT operations risk register", ClosureParticipants.ALL, now,
                now.plusSeconds(600)));
        ConsumerRecord<String, String> answer = kafka.awaitRecords(Topics.RISKS,
                r -> r.value().contains(closure.toString()), 1, Duration.ofSeconds(30)).get(0);
        JsonNode settled = JSON.readTree(answer.value());
        assertThat(settled.path("risksTransferred").asInt()).isEqualTo(2);
        assertThat(settled.path("risksClosed").asInt()).isZero();
        manager().queryParam("open", true).get(risks(project)).then().statusCode(200).body("totalItems", equalTo(0));
        List<String> reasons = manager().get(risks(project) + "/" + firstRiskOf(project) + "/status-history")
                .then().statusCode(200).extract().path("reason");
        assertThat(reasons).last().isEqualTo("Transferred to IT operations risk register at the project's closure");
    }

    /** The id of the project's first risk, which never occurred. */
    private static String firstRiskOf(UUID project) {
        return manager().queryParam("sort", "number").get(risks(project)).then().statusCode(200)
                .body("items[0].issueId", nullValue()).extract().path("items[0].id");
    }
}
