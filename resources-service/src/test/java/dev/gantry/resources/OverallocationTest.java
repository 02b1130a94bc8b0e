package dev.gantry.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's load and over-allocation, with figures worked out by hand: 40 hours a week is 8 hours a working day; 60%
 * of it is 4.8 hours. Over-allocation is found from a new allocation and from an absence, and each episode gets
 * exactly one event each way, however often its inputs are repeated.
 */
@QuarkusTest
class OverallocationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KafkaTestClient kafka = PublishedProjects.kafka();

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }

    private static UUID project() {
        return PublishedProjects.create();
    }

    private static String allocate(UUID project, String person, String first, String last, String key, Object value) {
        return asRm().contentType(ContentType.JSON).body(Map.of("personId", person, "firstDay", first, "lastDay", last,
                key, value)).post("/api/resources/projects/{p}/allocations", project).then().statusCode(201)
                .extract().path("id");
    }

    private static JsonPath load(String person, String from, String to, String by) {
        return TestTokens.as("pm", "project-manager")
                .get("/api/resources/people/{p}/load?from=" + from + "&to=" + to + "&by=" + by, person)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<JsonNode> events(String person, int expected) throws Exception {
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(Topics.RESOURCES,
                r -> person.equals(r.key()) && header(r, "ce_type").contains("overallocation"), expected,
                Duration.ofSeconds(30));
        List<JsonNode> events = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode event = JSON.readTree(r.value());
            ((com.fasterxml.jackson.databind.node.ObjectNode) event).put("type", header(r, "ce_type"));
            events.add(event);
        }
        return events;
    }

    @Test
    void overallocationIsFoundFromAllocationsAndAbsencesAndAnnouncedOnceEachWay() throws Exception {
        UUID a = project();
        UUID b = project();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String person = asRm().contentType(ContentType.JSON).body(Map.of("name", "Loaded " + tag,
                "jobFamily", "DEVELOPER", "capacityHoursPerWeek", 40)).post("/api/resources/people").then()
                .statusCode(201).extract().path("id");

        String onA = allocate(a, person, "2027-03-01", "2027-03-12", "percent", 60);
        JsonPath weeks = load(person, "2027-03-01", "2027-03-21", "WEEK");
        assertThat(weeks.getDouble("periods[0].allocatedHours")).isEqualTo(24.0);
        assertThat(weeks.getDouble("periods[0].freeHours")).isEqualTo(16.0);
        assertThat(weeks.getBoolean("periods[0].overallocated")).isFalse();
        assertThat(weeks.getList("overallocations")).isEmpty();

        // 4.8 + 4 = 8.8 hours a day against 8 in the week of 8 March: over-allocated Monday to Friday.
        String onB = allocate(b, person, "2027-03-08", "2027-03-19", "hoursPerDay", 4);
        weeks = load(person, "2027-03-01", "2027-03-21", "WEEK");
        assertThat(weeks.getDouble("periods[1].allocatedHours")).isEqualTo(44.0);
        assertThat(weeks.getDouble("periods[1].freeHours")).isEqualTo(-4.0);
        assertThat(weeks.getBoolean("periods[1].overallocated")).isTrue();
        assertThat(weeks.getDouble("periods[2].allocatedHours")).isEqualTo(20.0);
        assertThat(weeks.getBoolean("periods[2].overallocated")).isFalse();
        assertThat(weeks.getList("overallocations.firstDay")).containsExactly("2027-03-08");
        assertThat(weeks.getList("overallocations.lastDay")).containsExactly("2027-03-12");

        JsonNode detected = events(person, 1).get(0);
        assertThat(detected.path("type").asText()).isEqualTo("dev.gantry.resources.overallocation-detected.v1");
        assertThat(detected.path("peakDay").asText()).isEqualTo("2027-03-08");
        assertThat(detected.path("allocatedHours").decimalValue()).isEqualByComparingTo("8.8");
        assertThat(detected.path("availableHours").decimalValue()).isEqualByComparingTo("8");
        assertThat(detected.path("allocations").findValuesAsText("allocationId")).containsExactlyInAnyOrder(onA, onB);

        // A day of leave on Wednesday 17 March: 4 hours asked, none available — a second episode.
        String leave = asRm().contentType(ContentType.JSON).body(Map.of("kind", "LEAVE", "firstDay", "2027-03-17",
                "lastDay", "2027-03-17")).post("/api/resources/people/{p}/absences", person).then().statusCode(201)
                .extract().path("id");
        JsonPath days = load(person, "2027-03-15", "2027-03-19", "DAY");
        assertThat(days.getDouble("periods[2].availableHours")).isZero();
        assertThat(days.getBoolean("periods[2].overallocated")).isTrue();
        assertThat(days.getBoolean("periods[1].overallocated")).isFalse();
        weeks = load(person, "2027-03-15", "2027-03-21", "WEEK");
        assertThat(weeks.getDouble("periods[0].absentHours")).isEqualTo(8.0);
        assertThat(weeks.getDouble("periods[0].availableHours")).isEqualTo(32.0);
        assertThat(weeks.getDouble("periods[0].freeHours")).isEqualTo(12.0);

        // Repeating inputs that change nothing announces nothing.
        asRm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("note", "Family"))
                .patch("/api/resources/people/{p}/absences/{l}", person, leave).then().statusCode(200);
        asRm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("note", "Same hours"))
                .patch("/api/resources/projects/{p}/allocations/{x}", b, onB).then().statusCode(200);

        // 50% is 4 hours: 4 + 4 = 8, exactly the day — the first episode ends; then the leave goes, and so does
        // the second.
        asRm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("percent", 50))
                .patch("/api/resources/projects/{p}/allocations/{x}", a, onA).then().statusCode(200);
        asRm().header("If-Match", "\"1\"").delete("/api/resources/people/{p}/absences/{l}", person, leave)
                .then().statusCode(204);

        List<JsonNode> all = events(person, 4);
        assertThat(all).extracting(e -> e.path("type").asText()).containsExactly(
                "dev.gantry.resources.overallocation-detected.v1", "dev.gantry.resources.overallocation-detected.v1",
                "dev.gantry.resources.overallocation-resolved.v1", "dev.gantry.resources.overallocation-resolved.v1");
        assertThat(all.get(1).path("firstDay").asText()).isEqualTo("2027-03-17");
        assertThat(all.get(2).path("episodeId").asText()).isEqualTo(all.get(0).path("episodeId").asText());
        assertThat(all.get(3).path("episodeId").asText()).isEqualTo(all.get(1).path("episodeId").asText());
        Thread.sleep(1000);
        assertThat(kafka.readAll(Topics.RESOURCES).stream()
                .filter(r -> person.equals(r.key()) && header(r, "ce_type").contains("overallocation"))).hasSize(4);
        assertThat(load(person, "2027-03-01", "2027-03-21", "WEEK").getList("overallocations")).isEmpty();
    }

    @Test
    void aLoadPeriodIsBoundedAndOrdered() {
        String person = asRm().contentType(ContentType.JSON).body(Map.of("name", "Bounded", "jobFamily", "TESTER",
                "capacityHoursPerWeek", 32)).post("/api/resources/people").then().statusCode(201).extract().path("id");
        TestTokens.as("pm", "project-manager").get("/api/resources/people/{p}/load?from=2027-03-10&to=2027-03-01", person)
                .then().statusCode(400).body("errors[0].parameter", org.hamcrest.Matchers.equalTo("to"));
        TestTokens.as("pm", "project-manager").get("/api/resources/people/{p}/load?from=2027-01-01&to=2028-01-02", person)
                .then().statusCode(400).body("errors[0].parameter", org.hamcrest.Matchers.equalTo("to"));
        JsonPath week = load(person, "2027-03-01", "2027-03-07", "WEEK");
        assertThat(week.getDouble("periods[0].capacityHours")).isEqualTo(32.0);
        TestTokens.as("dev", "member").get("/api/resources/people/{p}/load", person).then().statusCode(403);
    }
}
