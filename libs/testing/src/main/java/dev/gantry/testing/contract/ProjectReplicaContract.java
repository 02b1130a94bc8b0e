package dev.gantry.testing.contract;

import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectMemberAdded;
import dev.gantry.contracts.project.ProjectMemberRemoved;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.contracts.project.ProjectStatusChanged;
import dev.gantry.contracts.project.ProjectUpdated;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.gantry.testing.TestTokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * What every service that keeps a project replica must do, checked against the real broker: follow the project
 * events, apply a redelivered event once, authorise from the membership replica. A service's test extends this
 * class (annotated {@code @QuarkusTest}) and names its project endpoint.
 */
public abstract class ProjectReplicaContract {

    private static KafkaTestClient kafka;

    /** The service's endpoint for one project, with an {@code {id}} path parameter. */
    protected abstract String projectPath();

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

    @Test
    void replicaAndMembershipFollowTheProjectEvents() {
        UUID id = UUID.randomUUID();
        Member manager = new Member(TestTokens.subjectOf("pm").toString(), "pm", ProjectRole.MANAGER);
        String dev = TestTokens.subjectOf("dev").toString();
        TestEvents.send(kafka, new ProjectCreated(id, "Data centre move", null, "INFRASTRUCTURE_MIGRATION",
                "INITIATING", manager, LocalDate.of(2027, 6, 7), null, List.of(manager), 0, Instant.now()));
        TestEvents.send(kafka, new ProjectMemberAdded(id, new Member(dev, "dev", ProjectRole.MEMBER), Instant.now()));
        TestEvents.send(kafka, new ProjectUpdated(id, "Data centre move (phase 1)", null, "INFRASTRUCTURE_MIGRATION",
                LocalDate.of(2027, 7, 5), null, List.of("name", "startDate"), 1, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("dev", "member").get(projectPath(), id).then()
                        .statusCode(200)
                        .body("name", equalTo("Data centre move (phase 1)"))
                        .body("startDate", equalTo("2027-07-05"))
                        .body("members", hasSize(2)));
        as("pm", "project-manager").get(projectPath(), id).then().statusCode(200).body("sourceVersion", equalTo(1));
        as("outsider", "project-manager").get(projectPath(), id).then().statusCode(404)
                .contentType("application/problem+json");
        as("root", "admin").get(projectPath(), id).then().statusCode(200);

        TestEvents.send(kafka, new ProjectStatusChanged(id, "INITIATING", "PLANNING", null, 2, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("pm", "project-manager").get(projectPath(), id).then()
                        .body("status", equalTo("PLANNING")).body("sourceVersion", equalTo(2)));

        TestEvents.send(kafka, new ProjectMemberRemoved(id, dev, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("dev", "member").get(projectPath(), id).then().statusCode(404));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Member manager = new Member(TestTokens.subjectOf("pm").toString(), "pm", ProjectRole.MANAGER);
        TestEvents.send(kafka, new ProjectCreated(id, "Once", null, "GENERIC", "INITIATING", manager,
                LocalDate.of(2027, 1, 4), null, List.of(manager), 0, Instant.now()));
        ProjectMemberAdded added = new ProjectMemberAdded(id,
                new Member(TestTokens.subjectOf("dev").toString(), "dev", ProjectRole.VIEWER), Instant.now());
        TestEvents.send(kafka, added, eventId);
        TestEvents.send(kafka, new ProjectMemberRemoved(id, TestTokens.subjectOf("dev").toString(), Instant.now()));
        TestEvents.send(kafka, added, eventId);
        TestEvents.send(kafka, new ProjectUpdated(id, "Sentinel", null, "GENERIC", null, null, List.of("name"), 1,
                Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("pm", "project-manager").get(projectPath(), id).then().statusCode(200)
                        .body("name", equalTo("Sentinel")));
        // the second delivery of "added" did not bring the removed member back
        as("dev", "member").get(projectPath(), id).then().statusCode(404);
    }
}
