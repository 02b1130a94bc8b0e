package dev.gantry.resources;

import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The availability search, with figures worked out by hand: two weeks of 8-hour working days are 80 hours; two days
 * of leave take 16; an allocation at 50% asks 4 hours a day.
 */
@QuarkusTest
class AvailabilityTest {

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }

    private static String person(String name, String team, int oracle) {
        return asRm().contentType(ContentType.JSON).body(Map.of("name", name, "jobFamily", "DBA", "team", team,
                "capacityHoursPerWeek", 40, "skills", List.of(Map.of("name", "Oracle", "level", oracle))))
                .post("/api/resources/people").then().statusCode(201).extract().path("id");
    }

    private static JsonPath search(String team, int hours) {
        return TestTokens.as("pm", "project-manager").queryParam("skill", "oracle").queryParam("minLevel", 3)
                .queryParam("hours", hours).queryParam("team", team).queryParam("from", "2027-04-05")
                .queryParam("to", "2027-04-16").get("/api/resources/availability").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void findsWhoHasTheHoursFreeMostFreeFirst() {
        String team = "Availability " + UUID.randomUUID().toString().substring(0, 8);
        String busy = person("Busy DBA", team, 4);
        String away = person("Away DBA", team, 5);
        person("Junior DBA", team, 2);
        UUID project = PublishedProjects.create();
        asRm().contentType(ContentType.JSON).body(Map.of("personId", busy, "percent", 50, "firstDay", "2027-04-01",
                "lastDay", "2027-04-30")).post("/api/resources/projects/{p}/allocations", project)
                .then().statusCode(201);
        asRm().contentType(ContentType.JSON).body(Map.of("kind", "TRAINING", "firstDay", "2027-04-08",
                "lastDay", "2027-04-09")).post("/api/resources/people/{p}/absences", away).then().statusCode(201);

        JsonPath sixty = search(team, 60);
        assertThat(sixty.getInt("candidates")).isEqualTo(2);
        assertThat(sixty.getList("matches.personId")).containsExactly(away);
        assertThat(sixty.getDouble("matches[0].availableHours")).isEqualTo(64.0);
        assertThat(sixty.getDouble("matches[0].freeHours")).isEqualTo(64.0);
        assertThat(sixty.getInt("matches[0].skillLevel")).isEqualTo(5);
        assertThat(sixty.getList("matches[0].weeks.freeHours", Float.class)).containsExactly(24f, 40f);

        JsonPath thirty = search(team, 30);
        assertThat(thirty.getList("matches.personId")).containsExactly(away, busy);
        assertThat(thirty.getDouble("matches[1].allocatedHours")).isEqualTo(40.0);
        assertThat(thirty.getDouble("matches[1].freeHours")).isEqualTo(40.0);

        TestTokens.as("pm", "project-manager").queryParam("from", "2027-04-16").queryParam("to", "2027-04-05")
                .get("/api/resources/availability").then().statusCode(400)
                .body("errors[0].parameter", equalTo("to"));
        TestTokens.as("pm", "project-manager").queryParam("to", "2027-04-05").get("/api/resources/availability")
                .then().statusCode(400);
        TestTokens.as("dev", "member").queryParam("from", "2027-04-05").queryParam("to", "2027-04-16")
                .get("/api/resources/availability").then().statusCode(403);
    }
}
