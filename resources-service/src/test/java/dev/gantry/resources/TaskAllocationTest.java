package dev.gantry.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Allocations to tasks follow the tasks: the computed dates arrive on the schedules topic as projects-service publishes
 * them (dates segments, then the version record that completes them), an allocation takes its task's dates, moves
 * when the task moves, and a move that over-books the person is announced — and resolved when the task moves back.
 */
@QuarkusTest
class TaskAllocationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KafkaTestClient kafka = PublishedProjects.kafka();

    private static RequestSpecification asPm() {
        return TestTokens.as("pm", "project-manager");
    }

    /** One version of the project's schedule with two tasks, in one segment, as projects-service publishes it. */
    static void publishSchedule(UUID project, long version, UUID t1, LocalDate t1Monday, UUID t2) {
        List<ScheduleDates.Computed> tasks = List.of(task(t1, t1Monday, true), task(t2, LocalDate.of(2027, 3, 15),
                false));
        ScheduleDates segment = new ScheduleDates(project, 0, version, tasks);
        // Both in one partition, as projects-service publishes a project's records: the segment before its version.
        kafka.send(Topics.PROJECT_SCHEDULES, 0, ScheduleKeys.dates(project, 0), TestEvents.json(segment),
                TestEvents.headers(segment, UUID.randomUUID(), "projects-service"));
        ScheduleVersion header = new ScheduleVersion(project, version, LocalDateTime.of(2027, 3, 1, 8, 0),
                LocalDateTime.of(2027, 3, 19, 17, 0), null, null, Instant.now(), 2, 0, 0, 1, 1, 0,
                LocalDateTime.of(2027, 3, 1, 8, 0), null);
        kafka.send(Topics.PROJECT_SCHEDULES, 0, project.toString(), TestEvents.json(header),
                TestEvents.headers(header, UUID.randomUUID(), "projects-service"));
    }

    /** A five-day task from Monday 08:00 to Friday 17:00. */
    static ScheduleDates.Computed task(UUID id, LocalDate monday, boolean critical) {
        long start = ScheduleDates.Computed.minute(monday.atTime(8, 0));
        long finish = ScheduleDates.Computed.minute(monday.plusDays(4).atTime(17, 0));
        return new ScheduleDates.Computed(id, "1", 1, false, critical, start, finish, start, finish, start, finish,
                2400, 0, 0);
    }

    @Test
    void anAllocationToATaskMovesWithItAndATaskMoveCanOverbookThePerson() throws Exception {
        UUID project = PublishedProjects.create();
        String person = TestTokens.as("rm", "resource-manager").contentType(ContentType.JSON)
                .body(Map.of("name", "Critical engineer", "jobFamily", "NETWORK_ENGINEER", "capacityHoursPerWeek", 40))
                .post("/api/resources/people").then().statusCode(201).extract().path("id");
        UUID cutover = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        publishSchedule(project, 1, cutover, LocalDate.of(2027, 3, 1), other);
        String base = "/api/resources/projects/" + project + "/allocations";

        // Once the schedule has arrived, the task's dates are the allocation's.
        Map<String, Object> toTask = Map.of("personId", person, "taskId", cutover.toString(), "percent", 100);
        await().atMost(Duration.ofSeconds(30)).until(() -> asPm().contentType(ContentType.JSON).body(toTask)
                .post(base).then().extract().statusCode() == 201);
        String onTask = asPm().get(base).then().statusCode(200).extract().jsonPath().getString("find { it.taskId != null }.id");
        asPm().get(base + "/{a}", onTask).then().statusCode(200).body("firstDay", equalTo("2027-03-01"))
                .body("lastDay", equalTo("2027-03-05")).body("taskCritical", equalTo(true));
        String half = asPm().contentType(ContentType.JSON).body(Map.of("personId", person, "percent", 50,
                "firstDay", "2027-03-08", "lastDay", "2027-03-12")).post(base).then().statusCode(201)
                .extract().path("id");

        asPm().contentType(ContentType.JSON).body(Map.of("personId", person, "taskId", UUID.randomUUID().toString(),
                "percent", 10)).post(base).then().statusCode(400).body("errors[0].pointer", equalTo("/taskId"));
        asPm().contentType(ContentType.JSON).body(Map.of("personId", person, "taskId", other.toString(),
                "percent", 10, "firstDay", "2027-03-01")).post(base).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/firstDay"));

        // The critical task slips a week onto the 50% allocation: 8 + 4 hours a day against 8.
        publishSchedule(project, 2, cutover, LocalDate.of(2027, 3, 8), other);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asPm().get(base + "/{a}", onTask).then()
                .body("firstDay", equalTo("2027-03-08")).body("lastDay", equalTo("2027-03-12")));
        List<ConsumerRecord<String, String>> detected = kafka.awaitRecords(Topics.RESOURCES,
                r -> person.equals(r.key()) && header(r, "ce_type").contains("overallocation"), 1, Duration.ofSeconds(30));
        var event = JSON.readTree(detected.get(0).value());
        assertThat(header(detected.get(0), "ce_type")).isEqualTo("dev.gantry.resources.overallocation-detected.v1");
        assertThat(event.path("firstDay").asText()).isEqualTo("2027-03-08");
        assertThat(event.path("allocatedHours").decimalValue()).isEqualByComparingTo("12");
        assertThat(event.path("allocations").findValuesAsText("allocationId")).containsExactlyInAnyOrder(onTask, half);
        // The task the allocation follows, and that it is critical; the allocation to the project names no task.
        for (var share : event.path("allocations")) {
            if (share.path("allocationId").asText().equals(onTask)) {
                assertThat(share.path("taskId").asText()).isEqualTo(cutover.toString());
                assertThat(share.path("critical").asBoolean()).isTrue();
            } else {
                assertThat(share.has("taskId")).isFalse();
                assertThat(share.has("critical")).isFalse();
            }
        }

        // The same version again changes nothing; moving it back resolves the episode.
        publishSchedule(project, 2, cutover, LocalDate.of(2027, 3, 8), other);
        publishSchedule(project, 3, cutover, LocalDate.of(2027, 3, 1), other);
        List<ConsumerRecord<String, String>> both = kafka.awaitRecords(Topics.RESOURCES,
                r -> person.equals(r.key()) && header(r, "ce_type").contains("overallocation"), 2, Duration.ofSeconds(30));
        assertThat(both).extracting(r -> header(r, "ce_type")).containsExactly(
                "dev.gantry.resources.overallocation-detected.v1", "dev.gantry.resources.overallocation-resolved.v1");
        asPm().get(base + "/{a}", onTask).then().body("firstDay", equalTo("2027-03-01"));
    }
}
