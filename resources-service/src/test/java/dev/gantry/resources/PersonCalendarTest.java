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
import static org.hamcrest.Matchers.hasItem;

/**
 * A person's working week and holidays decide their capacity, load and availability. Nadia works 32 hours over Monday
 * to Thursday (8 a day) and has a holiday on Wednesday 2027-03-03; she is allocated 8 hours a day that week: Monday,
 * Tuesday and Thursday ask 8 each (24), the holiday and Friday nothing, and she is never over-allocated — where on
 * the default Monday-to-Friday week (6.4 hours a day) every working day would be.
 */
@QuarkusTest
class PersonCalendarTest {

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }

    @Test
    void theWorkingWeekAndHolidaysShapeCapacityLoadAndAvailability() {
        UUID project = PublishedProjects.create();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String skill = "Calendars " + tag;
        String nadia = asRm().contentType(ContentType.JSON).body(Map.of("name", "Nadia " + tag, "jobFamily", "TESTER",
                "capacityHoursPerWeek", 32, "skills", List.of(Map.of("name", skill, "level", 3)),
                "workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"),
                "holidays", List.of(Map.of("name", "Founders' day", "firstDay", "2027-03-03", "lastDay", "2027-03-03"))))
                .post("/api/resources/people").then().statusCode(201)
                .body("workingDays", equalTo(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY")))
                .body("holidays[0].name", equalTo("Founders' day")).extract().path("id");
        asRm().contentType(ContentType.JSON).body(Map.of("personId", nadia, "firstDay", "2027-03-01",
                "lastDay", "2027-03-05", "hoursPerDay", 8)).post("/api/resources/projects/{p}/allocations", project)
                .then().statusCode(201);

        JsonPath days = TestTokens.as("pm", "project-manager")
                .get("/api/resources/people/{p}/load?from=2027-03-01&to=2027-03-05&by=DAY", nadia).then()
                .statusCode(200).extract().jsonPath();
        assertThat(days.getList("periods.capacityHours", Float.class)).containsExactly(8f, 8f, 0f, 8f, 0f);
        assertThat(days.getList("periods.allocatedHours", Float.class)).containsExactly(8f, 8f, 0f, 8f, 0f);
        assertThat(days.getList("overallocations")).isEmpty();
        // Free hours in the week: none; the week after, 32 (no holiday).
        JsonPath free = TestTokens.as("pm", "project-manager").get("/api/resources/availability?skill=" + skill
                + "&from=2027-03-08&to=2027-03-12&hours=1").then().statusCode(200).extract().jsonPath();
        assertThat(free.getFloat("matches[0].freeHours")).isEqualTo(32f);
        TestTokens.as("pm", "project-manager").get("/api/resources/availability?skill=" + skill
                + "&from=2027-03-01&to=2027-03-05&hours=1").then().statusCode(200).body("matches.size()", equalTo(0));

        // Back to Monday to Friday: 6.4 hours a day against 8 asked, every working day over-allocated.
        String etag = asRm().get("/api/resources/people/{p}", nadia).then().extract().header("ETag");
        asRm().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"workingDays\":null,\"holidays\":null}").patch("/api/resources/people/{p}", nadia).then()
                .statusCode(200).body("workingDays.size()", equalTo(5)).body("holidays", equalTo(List.of()));
        JsonPath after = TestTokens.as("pm", "project-manager")
                .get("/api/resources/people/{p}/load?from=2027-03-01&to=2027-03-05&by=WEEK", nadia).then()
                .statusCode(200).extract().jsonPath();
        assertThat(after.getFloat("periods[0].capacityHours")).isEqualTo(32f);
        assertThat(after.getList("overallocations.firstDay")).containsExactly("2027-03-01");
        assertThat(after.getList("overallocations.lastDay")).containsExactly("2027-03-05");
    }

    @Test
    void badCalendarsAreRefusedNamingTheEntry() {
        Map<String, Object> person = Map.of("name", "Bad calendar", "jobFamily", "TESTER", "capacityHoursPerWeek", 40);
        asRm().contentType(ContentType.JSON).body(with(person, "workingDays", List.of("MONDAY", "MONDAY")))
                .post("/api/resources/people").then().statusCode(400)
                .body("errors.pointer", hasItem("/workingDays/1"));
        asRm().contentType(ContentType.JSON).body(with(person, "workingDays", List.of())).post("/api/resources/people")
                .then().statusCode(400).body("errors.pointer", hasItem("/workingDays"));
        asRm().contentType(ContentType.JSON).body(with(person, "workingDays", List.of("FUNDAY")))
                .post("/api/resources/people").then().statusCode(400);
        asRm().contentType(ContentType.JSON).body(with(person, "holidays", List.of(Map.of("name", "Backwards",
                        "firstDay", "2027-03-05", "lastDay", "2027-03-01")))).post("/api/resources/people").then()
                .statusCode(400).body("errors.pointer", hasItem("/holidays/0/lastDay"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
