package dev.gantry.risk;

import dev.gantry.contracts.reporting.EarnedValueAlert;
import dev.gantry.contracts.resources.HardwareLifecycleRisk;
import dev.gantry.contracts.resources.HardwareLifecycleRiskCleared;
import dev.gantry.contracts.resources.OverallocationDetected;
import dev.gantry.contracts.resources.OverallocationResolved;
import dev.gantry.risk.automatic.EarnedValueSignals;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.Inbox;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import dev.gantry.testing.openapi.ApiFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Risks raised from resources-service's events, published on the real broker — over-allocation episodes and hardware
 * lifecycle risks. For over-allocations: exactly one risk per project whose critical path the episode touches, updated rather than duplicated on a repeat, marked for review when
 * the episode ends, and not raised again by the episode a person closed it for.
 */
@QuarkusTest
class AutomaticRisksTest {

    private static final String CHANNEL = "resource-events";
    private static KafkaTestClient kafka;

    @AfterAll
    static void close() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static KafkaTestClient kafka() {
        if (kafka == null) {
            kafka = new KafkaTestClient(GantryTestResources.kafka());
        }
        return kafka;
    }

    private static RequestSpecification as(String user) {
        return TestTokens.as(user, "project-manager").contentType(ContentType.JSON);
    }

    private static List<Map<String, Object>> risks(UUID project, String user) {
        return as(user).get("/api/risks/projects/" + project + "/risks?size=200").then().statusCode(200)
                .extract().path("items");
    }

    private static OverallocationDetected detected(UUID person, UUID episode, UUID critical, UUID other) {
        return new OverallocationDetected(person, "Aisha Khan", episode, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 3), new BigDecimal("12"), new BigDecimal("8"),
                List.of(new OverallocationDetected.Share(UUID.randomUUID(), critical, UUID.randomUUID(), true,
                                new BigDecimal("8")),
                        new OverallocationDetected.Share(UUID.randomUUID(), other, UUID.randomUUID(), false,
                                new BigDecimal("4"))),
                Instant.now());
    }

    @Test
    void anOverallocationOnTheCriticalPathRaisesOneRiskUpdatedClearedAndNotReopened() {
        ApiFixtures fixtures = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").build();
        UUID project = fixtures.project();
        UUID other = fixtures.otherProject();
        UUID person = UUID.randomUUID();
        UUID first = UUID.randomUUID();

        UUID event = TestEvents.send(kafka(), detected(person, first, project, other));
        Inbox.awaitProcessed(CHANNEL, event);
        List<Map<String, Object>> raised = risks(project, ApiFixtures.MANAGER);
        assertThat(raised).hasSize(1);
        Map<String, Object> risk = raised.get(0);
        assertThat(risk.get("title")).isEqualTo("Over-allocation of Aisha Khan on critical-path work");
        assertThat(risk.get("category")).isEqualTo("RESOURCE");
        assertThat(risk.get("createdBy")).isEqualTo("gantry");
        assertThat(((Map<?, ?>) risk.get("inherent")).get("score")).isEqualTo(16);
        Map<?, ?> signal = (Map<?, ?>) risk.get("signal");
        assertThat(signal.get("kind")).isEqualTo("OVERALLOCATION");
        assertThat(signal.get("subject")).isEqualTo(person.toString());
        assertThat(signal.get("episodeId")).isEqualTo(first.toString());
        assertThat(signal.get("sourceEventId")).isEqualTo(event.toString());
        assertThat(signal.get("active")).isEqualTo(true);
        assertThat((String) signal.get("evidence")).isEqualTo("/api/resources/people/" + person
                + "/load?from=2027-03-01&to=2027-03-12&by=DAY");
        assertThat(risks(other, ApiFixtures.OTHER_MANAGER)).as("the other project's share was not critical").isEmpty();

        // A later episode of the same person while the risk is open: the same risk, now about that episode.
        UUID second = UUID.randomUUID();
        Inbox.awaitProcessed(CHANNEL, TestEvents.send(kafka(), detected(person, second, project, other)));
        List<Map<String, Object>> repeated = risks(project, ApiFixtures.MANAGER);
        assertThat(repeated).hasSize(1);
        assertThat(((Map<?, ?>) repeated.get(0).get("signal")).get("episodeId")).isEqualTo(second.toString());

        // The episode ends: the risk stays open, due for review today.
        Inbox.awaitProcessed(CHANNEL, TestEvents.send(kafka(), new OverallocationResolved(person, second,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 12), Instant.now())));
        Map<String, Object> cleared = risks(project, ApiFixtures.MANAGER).get(0);
        assertThat(cleared.get("status")).isEqualTo("IDENTIFIED");
        assertThat(((Map<?, ?>) cleared.get("signal")).get("active")).isEqualTo(false);
        assertThat(cleared.get("nextReviewOn")).isEqualTo(LocalDate.now().toString());

        // A person closes it; the same episode signalled again does not raise it again, a new episode does.
        String riskId = (String) cleared.get("id");
        as(ApiFixtures.MANAGER).header("If-Match", "*").body(Map.of("to", "CLOSED", "reason", "Rebalanced"))
                .post("/api/risks/projects/" + project + "/risks/" + riskId + "/transitions").then().statusCode(200);
        Inbox.awaitProcessed(CHANNEL, TestEvents.send(kafka(), detected(person, second, project, other)));
        assertThat(risks(project, ApiFixtures.MANAGER)).hasSize(1);
        UUID third = UUID.randomUUID();
        Inbox.awaitProcessed(CHANNEL, TestEvents.send(kafka(), detected(person, third, project, other)));
        List<Map<String, Object>> after = risks(project, ApiFixtures.MANAGER);
        assertThat(after).hasSize(2);
        assertThat(after.stream().map(r -> r.get("status"))).containsExactly("CLOSED", "IDENTIFIED");
    }

    @Test
    void aHardwareLifecycleRiskRaisesOneRiskClearedAndNotReopenedForTheSameReservation() {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        UUID asset = UUID.randomUUID();
        UUID reservation = UUID.randomUUID();
        HardwareLifecycleRisk warranty = new HardwareLifecycleRisk(project, asset, "SRV-0142", "ERP test server",
                reservation, UUID.randomUUID(), HardwareLifecycleRisk.WARRANTY_END, LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 6, 18), Instant.now());
        Inbox.awaitProcessed(CHANNEL, TestEvents.send(kafka(), warranty));
        Inbox.awaitProcessed(CHANNEL, TestEvents.send(kafka(), warranty));
        List<Map<String, Object>> raised = risks(project, ApiFixtures.MANAGER);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).get("title")).isEqualTo("Asset SRV-0142 goes out of warranty while the project needs it");
        assertThat(raised.get(0).get("proximity")).isEqualTo("2027-04-30");
        Map<?, ?> signal = (Map<?, ?>) raised.get(0).get("signal");
        assertThat(signal.get("kind")).isEqualTo("HARDWARE_LIFECYCLE");
        assertThat(signal.get("evidence")).isEqualTo("/api/resources/assets/" + asset);

        Inbox.awaitProcessed(CHANNEL, TestEvents.send(kafka(), new HardwareLifecycleRiskCleared(project, asset,
                reservation, HardwareLifecycleRisk.WARRANTY_END, Instant.now())));
        Map<String, Object> cleared = risks(project, ApiFixtures.MANAGER).get(0);
        assertThat(((Map<?, ?>) cleared.get("signal")).get("active")).isEqualTo(false);
        assertThat(cleared.get("nextReviewOn")).isEqualTo(LocalDate.now().toString());

        as(ApiFixtures.MANAGER).header("If-Match", "*").body(Map.of("to", "CLOSED", "reason", "Warranty extended"))
                .post("/api/risks/projects/" + project + "/risks/" + cleared.get("id") + "/transitions")
                .then().statusCode(200);
        Inbox.awaitProcessed(CHANNEL, TestEvents.send(kafka(), warranty));
        assertThat(risks(project, ApiFixtures.MANAGER)).hasSize(1);
        Inbox.awaitProcessed(CHANNEL, TestEvents.send(kafka(), new HardwareLifecycleRisk(project, asset, "SRV-0142",
                "ERP test server", UUID.randomUUID(), null, HardwareLifecycleRisk.WARRANTY_END,
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 9, 30), Instant.now())));
        assertThat(risks(project, ApiFixtures.MANAGER)).extracting(r -> r.get("status"))
                .containsExactly("CLOSED", "IDENTIFIED");
    }

    /**
     * reporting-service's earned-value alerts: a CPI below its threshold raises one cost overrun risk (costed at EAC −
     * BAC), a repeat of the episode updates it, the episode's RECOVERED alert marks it for review; an SPI alert raises
     * a schedule performance risk of its own.
     */
    @Test
    void earnedValueAlertsRaiseCostAndScheduleRisksAndMarkThemForReviewWhenRecovered() {
        UUID project = ApiFixtures.publishedProjects("/api/risks/projects/{projectId}").project();
        UUID cpiEpisode = UUID.randomUUID();
        EarnedValueAlert below = alert(project, cpiEpisode, EarnedValueAlert.Index.CPI,
                EarnedValueAlert.Direction.BELOW, "0.846");
        Inbox.awaitProcessed(EarnedValueSignals.CHANNEL, TestEvents.send(kafka(), below));
        Inbox.awaitProcessed(EarnedValueSignals.CHANNEL, TestEvents.send(kafka(), below));
        List<Map<String, Object>> raised = risks(project, ApiFixtures.MANAGER);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).get("title")).isEqualTo("Cost overrun: CPI 0.846 below 0.9");
        assertThat(raised.get(0).get("category")).isEqualTo("COST");
        assertThat(raised.get(0).get("costImpact")).isEqualTo(2727.27f);
        assertThat(raised.get(0).get("currency")).isEqualTo("EUR");
        Map<?, ?> signal = (Map<?, ?>) raised.get(0).get("signal");
        assertThat(signal.get("kind")).isEqualTo("COST_OVERRUN");
        assertThat(signal.get("evidence"))
                .isEqualTo("/api/reports/projects/" + project + "/earned-value?statusDate=2027-01-17");

        Inbox.awaitProcessed(EarnedValueSignals.CHANNEL, TestEvents.send(kafka(), alert(project, UUID.randomUUID(),
                EarnedValueAlert.Index.SPI, EarnedValueAlert.Direction.BELOW, "0.85")));
        Inbox.awaitProcessed(EarnedValueSignals.CHANNEL, TestEvents.send(kafka(), alert(project, cpiEpisode,
                EarnedValueAlert.Index.CPI, EarnedValueAlert.Direction.RECOVERED, "0.957")));
        List<Map<String, Object>> after = risks(project, ApiFixtures.MANAGER);
        assertThat(after).extracting(r -> (Object) ((Map<?, ?>) r.get("signal")).get("kind"))
                .containsExactlyInAnyOrder("COST_OVERRUN", "SCHEDULE_PERFORMANCE");
        Map<String, Object> cost = after.stream()
                .filter(r -> "COST_OVERRUN".equals(((Map<?, ?>) r.get("signal")).get("kind"))).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) cost.get("signal")).get("active")).isEqualTo(false);
        assertThat(cost.get("nextReviewOn")).isEqualTo(LocalDate.now().toString());
    }

    /** The worked example's figures with AC 13,000: EAC by CPI = 15,000 × 13,000 / 11,000 = 17,727.27. */
    private static EarnedValueAlert alert(UUID project, UUID episode, EarnedValueAlert.Index index,
                                          EarnedValueAlert.Direction direction, String value) {
        return new EarnedValueAlert(project, episode, index, direction, new BigDecimal(value), new BigDecimal("0.9"),
                LocalDate.of(2027, 1, 17), "EUR", new BigDecimal("15000.00"), new BigDecimal("12000.00"),
                new BigDecimal("11000.00"), new BigDecimal("13000.00"), new BigDecimal("17727.27"), Instant.now());
    }
}
