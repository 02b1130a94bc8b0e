package dev.gantry.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Time entries, their approval, and planned and actual cost, with every figure worked out by hand below.
 *
 * <p>Petra: 40 h a week (8 h a day), 100.00 EUR an hour, 120.00 from Wednesday 2026-09-16; 50% (4 h a day) on the
 * project from Monday 2026-09-07 to Friday 2026-09-18; on leave Tuesday 2026-09-08. Quentin works part-time, 20 h a
 * week (4 h a day), 80.00 EUR an hour, 100% on the project from Monday 2026-09-14 to Friday 2026-09-18.
 *
 * <p>Planned: Petra's first week 4 days × 4 h = 16 h × 100 = 1,600.00 (none on the day of leave); her second week
 * Monday and Tuesday 8 h × 100 = 800.00, Wednesday to Friday 12 h × 120 = 1,440.00; Quentin 5 × 4 h = 20 h × 80 =
 * 1,600.00. In all 56 h and 5,440.00; by week 16 h / 1,600.00 and 40 h / 3,840.00.
 *
 * <p>Actual (approved): Petra 6 h on the 7th (600.00), 5 h on the 15th (500.00), 7.5 h on the 16th (at 120: 900.00);
 * Quentin 4 h on the 14th (320.00). In all 22.5 h and 2,320.00; by week 6 h / 600.00 and 16.5 h / 1,720.00.
 */
@QuarkusTest
class TimeAndCostTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KafkaTestClient kafka = PublishedProjects.kafka();

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }

    private static RequestSpecification asPm() {
        return TestTokens.as("pm", "project-manager");
    }

    private static String person(String name, String username, int capacity, List<Map<String, Object>> rates) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "jobFamily", "DBA",
                "capacityHoursPerWeek", capacity, "rates", rates));
        body.put("username", username);
        return asRm().contentType(ContentType.JSON).body(body).post("/api/resources/people").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> rate(String from, String amount) {
        return Map.of("effectiveFrom", from, "hourlyRate", new BigDecimal(amount), "currency", "EUR");
    }

    private static void allocate(UUID project, String person, String first, String last, int percent) {
        asPm().contentType(ContentType.JSON).body(Map.of("personId", person, "firstDay", first, "lastDay", last,
                "percent", percent)).post("/api/resources/projects/{p}/allocations", project).then().statusCode(201);
    }

    private static String enter(String username, UUID project, String day, String hours) {
        return TestTokens.as(username, "member").contentType(ContentType.JSON)
                .body(Map.of("projectId", project.toString(), "day", day, "hours", new BigDecimal(hours)))
                .post("/api/resources/me/time-entries").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("enteredBy", equalTo(username))
                .extract().path("id");
    }

    private static JsonPath costs(UUID project, String query) {
        return asPm().get("/api/resources/projects/{p}/costs?" + query, project).then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<JsonNode> costEvents(UUID project, int expected) throws Exception {
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(Topics.RESOURCES,
                r -> project.toString().equals(r.key()) && header(r, "ce_type").contains("cost-actuals-recorded"),
                expected, Duration.ofSeconds(30));
        List<JsonNode> events = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            events.add(JSON.readTree(r.value()));
        }
        return events;
    }

    @Test
    void hoursAreEnteredApprovedAndCostedAtTheRateOfTheirDay() throws Exception {
        UUID project = PublishedProjects.create();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String petraUser = "petra-" + tag;
        String quentinUser = "quentin-" + tag;
        String petra = person("Petra " + tag, petraUser, 40, List.of(rate("2026-01-01", "100.00"),
                rate("2026-09-16", "120.00")));
        String quentin = person("Quentin " + tag, quentinUser, 20, List.of(rate("2026-01-01", "80.00")));
        allocate(project, petra, "2026-09-07", "2026-09-18", 50);
        allocate(project, quentin, "2026-09-14", "2026-09-18", 100);
        asRm().contentType(ContentType.JSON).body(Map.of("kind", "LEAVE", "status", "APPROVED",
                "firstDay", "2026-09-08", "lastDay", "2026-09-08"))
                .post("/api/resources/people/{p}/absences", petra).then().statusCode(201);

        JsonPath planned = costs(project, "by=WEEK");
        assertThat(planned.getString("from")).isEqualTo("2026-09-07");
        assertThat(planned.getString("to")).isEqualTo("2026-09-18");
        assertThat(planned.getList("totals.currency")).containsExactly("EUR");
        assertThat(new BigDecimal(planned.getString("totals[0].plannedHours"))).isEqualByComparingTo("56");
        assertThat(new BigDecimal(planned.getString("totals[0].plannedCost"))).isEqualByComparingTo("5440.00");
        assertThat(planned.getList("lines.key")).containsExactly("2026-09-07", "2026-09-14");
        assertThat(new BigDecimal(planned.getString("lines[0].plannedCost"))).isEqualByComparingTo("1600.00");
        assertThat(new BigDecimal(planned.getString("lines[1].plannedHours"))).isEqualByComparingTo("40");
        assertThat(new BigDecimal(planned.getString("lines[1].plannedCost"))).isEqualByComparingTo("3840.00");

        String p7 = enter(petraUser, project, "2026-09-07", "6");
        String p15 = enter(petraUser, project, "2026-09-15", "5");
        String p16 = enter(petraUser, project, "2026-09-16", "7.5");
        String q14 = enter(quentinUser, project, "2026-09-14", "4");
        // Submitted hours are not actual yet.
        assertThat(new BigDecimal(costs(project, "by=PROJECT").getString("totals[0].actualHours"))).isEqualByComparingTo("0");

        // Quentin's entry is rejected, corrected (which submits it again) and then approved with the others.
        String decisions = "/api/resources/projects/" + project + "/time-entries/decisions";
        asPm().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(q14), "decision", "REJECTED",
                "note", "That was the 15th")).post(decisions).then().statusCode(200)
                .body("[0].status", equalTo("REJECTED")).body("[0].decidedBy", equalTo("pm"))
                .body("[0].version", equalTo(1));
        asPm().get("/api/resources/time-entries/{e}", q14).then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("decisionNote", equalTo("That was the 15th"));
        TestTokens.as(quentinUser, "member").contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("note", "Cut-over rehearsal")).patch("/api/resources/time-entries/{e}", q14).then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        asPm().get(decisions.replace("/decisions", "?status=SUBMITTED")).then().statusCode(200)
                .body("id", equalTo(List.of(p7, q14, p15, p16)));
        asPm().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(p7, p15, p16, q14),
                "decision", "APPROVED")).post(decisions).then().statusCode(200);

        JsonPath actual = costs(project, "by=WEEK");
        assertThat(new BigDecimal(actual.getString("totals[0].actualHours"))).isEqualByComparingTo("22.5");
        assertThat(new BigDecimal(actual.getString("totals[0].actualCost"))).isEqualByComparingTo("2320.00");
        assertThat(new BigDecimal(actual.getString("lines[0].actualCost"))).isEqualByComparingTo("600.00");
        assertThat(new BigDecimal(actual.getString("lines[1].actualHours"))).isEqualByComparingTo("16.5");
        assertThat(new BigDecimal(actual.getString("lines[1].actualCost"))).isEqualByComparingTo("1720.00");
        JsonPath byPerson = costs(project, "by=PERSON&from=2026-09-14&to=2026-09-18");
        Map<String, Object> petraLine = byPerson.getMap("lines.find { it.key == '" + petra + "' }");
        assertThat(new BigDecimal(petraLine.get("plannedCost").toString())).isEqualByComparingTo("2240.00");
        assertThat(new BigDecimal(petraLine.get("actualCost").toString())).isEqualByComparingTo("1400.00");

        JsonNode recorded = costEvents(project, 1).get(0);
        assertThat(recorded.get("reason").asText()).isEqualTo("TIME_APPROVED");
        assertThat(recorded.get("entries")).hasSize(4);
        assertThat(recorded.at("/totals/0/currency").asText()).isEqualTo("EUR");
        assertThat(recorded.at("/totals/0/amount").decimalValue()).isEqualByComparingTo("2320.00");
        assertThat(recorded.at("/weeks/0/weekStart").asText()).isEqualTo("2026-09-07");
        assertThat(recorded.at("/weeks/1/amount").decimalValue()).isEqualByComparingTo("1720.00");

        // An approved entry is final, and the person's own rate change re-costs it: 7.5 h at 130 = 975.00.
        TestTokens.as(petraUser, "member").contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("hours", 8)).patch("/api/resources/time-entries/{e}", p16).then().statusCode(409);
        String etag = asRm().get("/api/resources/people/{p}", petra).then().extract().header("ETag");
        asRm().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("rates", List.of(rate("2026-01-01", "100.00"), rate("2026-09-16", "130.00"))))
                .patch("/api/resources/people/{p}", petra).then().statusCode(200);
        JsonNode rerated = costEvents(project, 2).get(1);
        assertThat(rerated.get("reason").asText()).isEqualTo("RATE_CHANGED");
        assertThat(rerated.get("entries")).isEmpty();
        assertThat(rerated.at("/totals/0/amount").decimalValue()).isEqualByComparingTo("2395.00");
    }

    /**
     * Utilisation of the week of 2026-09-07: Uma works 40 h (8 a day), is away on Tuesday (32 h available), is
     * allocated 50% (4 h on each of 5 working days: 20 h, 62.5%) and has 6 approved hours (18.75%, shown 18.8); Victor
     * works 20 h, all available, allocated 100% on 3 days (12 h, 60%) with no hours. Their team: 60 h capacity, 52
     * available, 32 allocated (61.5%), 6 actual (11.5%), and one over-allocated day: Uma's Tuesday, when her
     * allocation asks 4 h of a day she is away.
     */
    @Test
    void utilisationCountsCapacityAbsencesAllocationsAndApprovedHoursAsJsonAndCsv() {
        UUID project = PublishedProjects.create();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String team = "Team " + tag;
        String uma = asRm().contentType(ContentType.JSON).body(Map.of("name", "Uma " + tag, "username", "uma-" + tag,
                "jobFamily", "TESTER", "team", team, "capacityHoursPerWeek", 40)).post("/api/resources/people")
                .then().statusCode(201).extract().path("id");
        String victor = asRm().contentType(ContentType.JSON).body(Map.of("name", "Victor " + tag, "jobFamily",
                "TESTER", "team", team, "capacityHoursPerWeek", 20)).post("/api/resources/people")
                .then().statusCode(201).extract().path("id");
        allocate(project, uma, "2026-09-07", "2026-09-11", 50);
        allocate(project, victor, "2026-09-09", "2026-09-11", 100);
        asRm().contentType(ContentType.JSON).body(Map.of("kind", "TRAINING", "firstDay", "2026-09-08",
                "lastDay", "2026-09-08")).post("/api/resources/people/{p}/absences", uma).then().statusCode(201);
        String entry = enter("uma-" + tag, project, "2026-09-07", "6");
        asPm().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(entry), "decision", "APPROVED"))
                .post("/api/resources/projects/{p}/time-entries/decisions", project).then().statusCode(200);
        String query = "/api/resources/utilisation?from=2026-09-07&to=2026-09-13&team=" + team;

        JsonPath people = asPm().get(query).then().statusCode(200).extract().jsonPath();
        assertThat(people.getList("name")).containsExactly("Uma " + tag, "Victor " + tag);
        assertThat(new BigDecimal(people.getString("[0].availableHours"))).isEqualByComparingTo("32");
        assertThat(new BigDecimal(people.getString("[0].allocatedHours"))).isEqualByComparingTo("20");
        assertThat(new BigDecimal(people.getString("[0].allocatedPercent"))).isEqualByComparingTo("62.5");
        assertThat(new BigDecimal(people.getString("[0].actualPercent"))).isEqualByComparingTo("18.8");
        assertThat(new BigDecimal(people.getString("[1].allocatedPercent"))).isEqualByComparingTo("60");
        JsonPath teams = asPm().get(query + "&by=TEAM").then().statusCode(200).extract().jsonPath();
        assertThat(teams.getInt("[0].people")).isEqualTo(2);
        assertThat(new BigDecimal(teams.getString("[0].capacityHours"))).isEqualByComparingTo("60");
        assertThat(new BigDecimal(teams.getString("[0].allocatedPercent"))).isEqualByComparingTo("61.5");
        assertThat(new BigDecimal(teams.getString("[0].actualPercent"))).isEqualByComparingTo("11.5");

        String csv = asPm().accept("text/csv").get(query + "&by=TEAM").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().toList()).containsExactly("key,name,team,people,periodStart,periodEnd,capacityHours,"
                + "absentHours,availableHours,allocatedHours,actualHours,allocatedPercent,actualPercent,"
                + "overallocatedDays", "\"" + team + "\",\"" + team + "\",\"" + team + "\",2,2026-09-07,2026-09-13,60.00,8.00,52.00,"
                + "32.00,6.00,61.5,11.5,1");
        TestTokens.as("uma-" + tag, "member").get("/api/resources/me/utilisation?from=2026-09-07&to=2026-09-13")
                .then().statusCode(200).body("[0].actualHours", equalTo(6.0f));
        TestTokens.as("dev", "member").get(query).then().statusCode(403);
        asPm().get("/api/resources/utilisation?from=2026-01-01&to=2027-06-30").then().statusCode(400)
                .body("errors[0].parameter", equalTo("to"));
    }

    @Test
    void onlyThePersonEntersTheirHoursAndOnlyAnotherManagerApprovesThem() {
        UUID project = PublishedProjects.create("dev", dev.gantry.contracts.project.ProjectRole.MEMBER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String user = "who-" + tag;
        String person = person("Who " + tag, user, 40, List.of());
        allocate(project, person, "2026-09-01", "2026-09-30", 50);
        Map<String, Object> body = Map.of("projectId", project.toString(), "day", "2026-09-02", "hours", 3);

        TestTokens.as("dev", "member").contentType(ContentType.JSON).body(body)
                .post("/api/resources/people/{p}/time-entries", person).then().statusCode(403);
        String entry = asRm().contentType(ContentType.JSON).body(body)
                .post("/api/resources/people/{p}/time-entries", person).then().statusCode(201)
                .body("enteredBy", equalTo("rm")).extract().path("id");
        TestTokens.as(user, "member").get("/api/resources/me/time-entries").then().statusCode(200)
                .body("id", equalTo(List.of(entry)));
        TestTokens.as("dev", "member").get("/api/resources/time-entries/{e}", entry).then().statusCode(403);
        TestTokens.as("dev", "member").contentType(ContentType.JSON)
                .body(Map.of("entryIds", List.of(entry), "decision", "APPROVED"))
                .post("/api/resources/projects/{p}/time-entries/decisions", project).then().statusCode(403);
        // The person cannot approve their own hours, whatever their roles.
        TestTokens.as(user, "admin").contentType(ContentType.JSON)
                .body(Map.of("entryIds", List.of(entry), "decision", "APPROVED"))
                .post("/api/resources/projects/{p}/time-entries/decisions", project).then().statusCode(409)
                .body("detail", containsString("your own"));
        asPm().get("/api/resources/time-entries/{e}", entry).then().statusCode(200).body("status",
                equalTo("SUBMITTED"));
    }

    @Test
    void badTimeEntriesAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        UUID project = PublishedProjects.create();
        UUID elsewhere = PublishedProjects.create();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String user = "bad-time-" + tag;
        String person = person("Bad " + tag, user, 40, List.of());
        allocate(project, person, "2026-09-01", "2026-09-30", 50);
        enter(user, project, "2026-09-03", "20");
        String before = rows();
        RequestSpecification me = TestTokens.as(user, "member").contentType(ContentType.JSON);

        me.body(Map.of("projectId", project.toString(), "day", "2999-01-04", "hours", 2))
                .post("/api/resources/me/time-entries").then().statusCode(400).body("errors[0].pointer",
                        equalTo("/day"));
        me.body(Map.of("projectId", project.toString(), "day", "2026-09-02", "hours", 25))
                .post("/api/resources/me/time-entries").then().statusCode(400).body("errors.pointer",
                        hasItem("/hours"));
        me.body(Map.of("projectId", project.toString(), "day", "2026-09-03", "hours", 5))
                .post("/api/resources/me/time-entries").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/hours")).body("errors[0].message", containsString("20"));
        me.body(Map.of("projectId", project.toString(), "day", "2026-09-02", "hours", 2, "taskId",
                UUID.randomUUID().toString())).post("/api/resources/me/time-entries").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/taskId"));
        me.body(Map.of("projectId", elsewhere.toString(), "day", "2026-09-02", "hours", 2))
                .post("/api/resources/me/time-entries").then().statusCode(409)
                .body("detail", containsString("not allocated"));
        me.body(Map.of("projectId", UUID.randomUUID().toString(), "day", "2026-09-02", "hours", 2))
                .post("/api/resources/me/time-entries").then().statusCode(404);
        me.body(Map.of("day", "2026-09-02", "hours", 2)).post("/api/resources/me/time-entries").then()
                .statusCode(400).body("errors.pointer", hasItem("/projectId"));
        asPm().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(UUID.randomUUID().toString()),
                "decision", "APPROVED")).post("/api/resources/projects/{p}/time-entries/decisions", project)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/entryIds/0"));
        asPm().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(), "decision", "APPROVED"))
                .post("/api/resources/projects/{p}/time-entries/decisions", project).then().statusCode(400);
        asPm().get("/api/resources/projects/{p}/costs?from=2026-09-30&to=2026-09-01", project).then()
                .statusCode(400).body("errors[0].parameter", equalTo("to"));
        assertThat(rows()).isEqualTo(before);
    }

    /** Every time entry as it stands: its id, version and hours, in id order. */
    private static String rows() throws Exception {
        try (Connection connection = GantryTestResources.postgres().connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select coalesce(string_agg(id || ':' || version || ':' || hours,"
                     + " ',' order by id), '') from time_entry")) {
            result.next();
            return result.getString(1);
        }
    }
}
