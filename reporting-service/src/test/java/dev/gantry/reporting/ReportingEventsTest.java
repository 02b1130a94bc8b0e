package dev.gantry.reporting;

import dev.gantry.contracts.Topics;
import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.Money;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectMemberAdded;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.contracts.project.ProjectStatusChanged;
import dev.gantry.contracts.project.ProjectUpdated;
import dev.gantry.platform.events.ProjectEventsConsumer;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * reporting-service consumes project events from the real broker: into the portfolio and the audit trail,
 * idempotently, with poison messages dead-lettered.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class ReportingEventsTest {

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

    static ProjectCreated created(UUID id, String name, String managerUsername) {
        Member manager = new Member(TestTokens.subjectOf(managerUsername).toString(), managerUsername,
                ProjectRole.MANAGER);
        return new ProjectCreated(id, name, "d", "SYSTEM_UPGRADE", "INITIATING", manager,
                LocalDate.of(2027, 1, 11), new Money(new BigDecimal("1000.00"), "EUR"), List.of(manager), 0,
                Instant.now());
    }

    private static void awaitAudit(UUID project, int entries) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as("root", "admin").get("/api/reports/projects/{id}/audit", project).then()
                        .statusCode(200).body("totalItems", equalTo(entries)));
    }

    @Inject
    ProjectEventsConsumer projectEvents;

    @Test
    void projectEventsGoToTheReplicaThenTheReadModelsThenTheClosureAnswer() {
        assertThat(projectEvents.handlers())
                .extracting(handler -> handler.getClass().getName().replaceAll("_(ClientProxy|Subclass)$", ""))
                .containsExactly("dev.gantry.platform.security.MembershipReplica",
                        "dev.gantry.reporting.audit.AuditTrail",
                        "dev.gantry.reporting.earnedvalue.EarnedValueProjector",
                        "dev.gantry.reporting.portfolio.PortfolioProjector",
                        "dev.gantry.reporting.closure.FinalReports",
                        "dev.gantry.reporting.live.LiveProjectEvents",
                        "dev.gantry.reporting.status.StatusProjector");
    }

    @Test
    void projectCreatedAppearsInTheMembersPortfolio() {
        UUID id = UUID.randomUUID();
        String name = "Portfolio " + id;
        // A manager of no other project, so that the summary of their portfolio is this project's alone.
        String manager = "pm-" + id;
        TestEvents.send(kafka, created(id, name, manager));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as(manager, "project-manager").queryParam("size", 200).get("/api/reports/portfolio").then()
                        .statusCode(200)
                        .body("items.name", hasItem(name)));
        as(manager, "project-manager").queryParam("size", 200).get("/api/reports/portfolio").then()
                .body("totalItems", equalTo(1))
                .body("items.projectId", contains(id.toString()))
                .body("summary.projectCount", equalTo(1))
                .body("summary.byType", equalTo(Map.of("SYSTEM_UPGRADE", 1)))
                .body("summary.byStatus", equalTo(Map.of("INITIATING", 1)))
                .body("summary.budgets", hasSize(1))
                .body("summary.budgets[0].amount", equalTo(1000.00f))
                .body("summary.budgets[0].currency", equalTo("EUR"));
        as("stranger", "project-manager").queryParam("size", 200).get("/api/reports/portfolio").then()
                .statusCode(200).body("items.name", not(hasItem(name)));
        as("boss", "pmo").queryParam("size", 200).get("/api/reports/portfolio").then()
                .body("items.name", hasItem(name));
    }

    @Test
    void updatesApplyInVersionOrderAndMembershipsGrantAccess() {
        UUID id = UUID.randomUUID();
        TestEvents.send(kafka, created(id, "Before", "pm"));
        TestEvents.send(kafka, new ProjectUpdated(id, "After", "d", "SYSTEM_UPGRADE", LocalDate.of(2027, 2, 1),
                null, List.of("name", "startDate", "budget"), 2, Instant.now()));
        TestEvents.send(kafka, new ProjectUpdated(id, "Stale", "d", "SYSTEM_UPGRADE", LocalDate.of(2027, 1, 1),
                null, List.of("name"), 1, Instant.now()));
        TestEvents.send(kafka, new ProjectMemberAdded(id, new Member(TestTokens.subjectOf("dev").toString(), "dev",
                ProjectRole.VIEWER), Instant.now()));
        TestEvents.send(kafka, new ProjectStatusChanged(id, "INITIATING", "PLANNING", null, 3, Instant.now()));
        awaitAudit(id, 5);

        as("dev", "member").queryParam("size", 200).get("/api/reports/portfolio").then()
                .body("items.find { it.projectId == '" + id + "' }.name", equalTo("After"))
                .body("items.find { it.projectId == '" + id + "' }.startDate", equalTo("2027-02-01"))
                .body("items.find { it.projectId == '" + id + "' }.status", equalTo("PLANNING"));
        as("dev", "member").get("/api/reports/projects/{id}/audit", id).then().statusCode(200)
                .body("items[0].type", org.hamcrest.Matchers.startsWith("dev.gantry.project."));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID project = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        ProjectCreated event = created(project, "Twice", "pm");
        TestEvents.send(kafka, event, eventId);
        TestEvents.send(kafka, event, eventId);
        TestEvents.send(kafka, new ProjectUpdated(project, "Sentinel", null, "SYSTEM_UPGRADE", null, null,
                List.of("name"), 1, Instant.now()));

        awaitAudit(project, 2);
        as("root", "admin").get("/api/reports/projects/{id}/audit", project).then()
                .body("items.eventId", org.hamcrest.Matchers.hasItem(eventId.toString()))
                .body("items.findAll { it.eventId == '" + eventId + "' }.size()", equalTo(1));
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        UUID project = UUID.randomUUID();
        String key = project.toString();
        UUID unreadable = UUID.randomUUID();
        kafka.send(Topics.PROJECTS, key, "{\"projectId\": \"" + key + "\", \"name\": ",
                Map.of("ce_specversion", "1.0", "ce_id", unreadable.toString(),
                        "ce_type", "dev.gantry.project.created.v1", "ce_source", "/test",
                        "ce_time", Instant.now().toString(), "ce_subject", key, "content-type", "application/json"));
        kafka.send(Topics.PROJECTS, key, "{}", Map.of("ce_type", "dev.gantry.project.created.v1"));
        TestEvents.send(kafka, created(project, "After the poison", "pm"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as("pm", "project-manager").queryParam("size", 200).get("/api/reports/portfolio").then()
                        .body("items.name", hasItem("After the poison")));

        List<ConsumerRecord<String, String>> dead = kafka.awaitRecords(Topics.deadLetter("reporting-service"),
                r -> key.equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(dead).extracting(r -> KafkaTestClient.header(r, "dead-letter-reason"))
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(KafkaTestClient.header(dead.get(0), "ce_id")).isEqualTo(unreadable.toString());
        assertThat(KafkaTestClient.header(dead.get(0), "dead-letter-reason")).contains("not a valid");
        assertThat(KafkaTestClient.header(dead.get(1), "dead-letter-reason")).contains("ce_id");
    }

    @Test
    void unknownEventTypesAreAuditedButOtherwiseIgnored() {
        UUID project = UUID.randomUUID();
        TestEvents.send(kafka, created(project, "Known", "pm"));
        kafka.send(Topics.PROJECTS, project.toString(), "{\"projectId\":\"" + project + "\",\"novel\":true}",
                Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                        "ce_type", "dev.gantry.project.teleported.v1", "ce_source", "/gantry/projects-service",
                        "ce_time", Instant.now().toString(), "ce_subject", project.toString()));
        awaitAudit(project, 2);
    }

    @Test
    void theAuditTrailOfAProjectReportingDoesNotKnowIsNotFound() {
        as("stranger", "project-manager").get("/api/reports/projects/{id}/audit", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }
}
