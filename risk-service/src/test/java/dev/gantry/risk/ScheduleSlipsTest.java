package dev.gantry.risk;

import dev.gantry.contracts.project.BaselineSaved;
import dev.gantry.contracts.project.ScheduleChanged;
import dev.gantry.contracts.project.TaskDates;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.Inbox;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import dev.gantry.testing.openapi.ApiFixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slips against the current baseline, from projects-service's real events on the broker: the finish, then a
 * milestone, computed beyond the threshold (5 days) each raise one risk, updated while the slip lasts and marked for
 * review when the schedule comes back within it.
 */
@QuarkusTest
class ScheduleSlipsTest {

    private static KafkaTestClient kafka;

    @AfterAll
    static void close() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static void publish(dev.gantry.contracts.GantryEvent event) {
        if (kafka == null) {
            kafka = new KafkaTestClient(GantryTestResources.kafka());
        }
        Inbox.awaitProcessed("project-events", TestEvents.send(kafka, event));
    }

    private static List<Map<String, Object>> risks(UUID project) {
        return TestTokens.as(ApiFixtures.MANAGER, "project-manager")
                .get("/api/risks/projects/" + project + "/risks?tag=automatic").then().statusCode(200)
                .extract().path("items");
    }

    private static ScheduleChanged schedule(UUID project, long version, LocalDateTime finish, TaskDates... moved) {
        return ScheduleChanged.of(project, version, LocalDateTime.of(2027, 3, 1, 8, 0), finish, null, null,
                Instant.now(), moved.length, List.of(moved), 0, List.of());
    }

    @Test
    void theFinishAndAMilestoneBeyondTheThresholdEachRaiseOneRisk() {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        UUID milestone = UUID.randomUUID();
        UUID baseline = UUID.randomUUID();
        publish(new BaselineSaved(project, baseline, "Approved plan", null, LocalDateTime.of(2027, 3, 1, 8, 0),
                LocalDateTime.of(2027, 6, 30, 17, 0), new BigDecimal("100000"), "EUR", List.of(
                new BaselineSaved.Task(milestone, "Go-live", "1.9", null, false, true,
                        LocalDateTime.of(2027, 5, 14, 17, 0), LocalDateTime.of(2027, 5, 14, 17, 0), 0, null)),
                Instant.now(), 1, 1));
        publish(schedule(project, 5, LocalDateTime.of(2027, 6, 30, 17, 0)));
        assertThat(risks(project)).as("on plan").isEmpty();

        // 12 days late at the finish, 3 at the milestone: one risk, for the finish.
        publish(schedule(project, 6, LocalDateTime.of(2027, 7, 12, 17, 0),
                new TaskDates(milestone, "Go-live", LocalDateTime.of(2027, 5, 17, 17, 0),
                        LocalDateTime.of(2027, 5, 17, 17, 0), true)));
        List<Map<String, Object>> raised = risks(project);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).get("title")).isEqualTo("Slip of the project's finish against baseline 'Approved plan'");
        assertThat(raised.get(0).get("scheduleImpactDays")).isEqualTo(12);
        assertThat(raised.get(0).get("category")).isEqualTo("SCHEDULE");
        assertThat(((Map<?, ?>) raised.get(0).get("signal")).get("evidence"))
                .isEqualTo("/api/projects/" + project + "/baselines/" + baseline + "/variance");

        // Later still, and the milestone 14 days late: the finish's risk stays one, the milestone gets its own.
        publish(schedule(project, 7, LocalDateTime.of(2027, 7, 14, 17, 0),
                new TaskDates(milestone, "Go-live", LocalDateTime.of(2027, 5, 28, 17, 0),
                        LocalDateTime.of(2027, 5, 28, 17, 0), true)));
        List<Map<String, Object>> both = risks(project);
        assertThat(both.stream().map(r -> (String) ((Map<?, ?>) r.get("signal")).get("subject")).toList())
                .containsExactlyInAnyOrder("finish", "milestone:" + milestone);

        // Back within the threshold at the finish: its risk stays open, due for review, its signal cleared.
        publish(schedule(project, 8, LocalDateTime.of(2027, 7, 1, 17, 0)));
        Map<String, Object> finish = risks(project).stream()
                .filter(r -> "finish".equals(((Map<?, ?>) r.get("signal")).get("subject"))).findFirst().orElseThrow();
        assertThat(finish.get("status")).isEqualTo("IDENTIFIED");
        assertThat(((Map<?, ?>) finish.get("signal")).get("active")).isEqualTo(false);
        assertThat(risks(project)).hasSize(2);
    }
}
