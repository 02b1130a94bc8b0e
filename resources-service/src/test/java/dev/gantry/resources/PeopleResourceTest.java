package dev.gantry.resources;

import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The people register: who keeps it, who reads it, its rules, and that a refused request writes nothing. */
@QuarkusTest
class PeopleResourceTest {

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> person(String name, String email, String username) {
        Map<String, Object> person = new HashMap<>(Map.of("name", name, "jobFamily", "DBA",
                "team", "Data platform", "capacityHoursPerWeek", 40,
                "skills", List.of(Map.of("name", "Oracle", "level", 4), Map.of("name", "PostgreSQL", "level", 3)),
                "rates", List.of(Map.of("effectiveFrom", "2020-01-01", "hourlyRate", 80, "currency", "EUR"),
                        Map.of("effectiveFrom", "2099-01-01", "hourlyRate", 95.5, "currency", "EUR"))));
        if (email != null) {
            person.put("email", email);
        }
        if (username != null) {
            person.put("username", username);
        }
        return person;
    }

    private static String create(Map<String, Object> body) {
        return asRm().contentType(ContentType.JSON).body(body).post("/api/resources/people").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aResourceManagerKeepsThePeopleAndProjectManagersReadThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ValidatableResponse created = asRm().contentType(ContentType.JSON)
                .body(person("Aisha Khan " + tag, "aisha." + tag + "@example.com", "akhan-" + tag))
                .post("/api/resources/people").then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/resources/people/"))
                .body("jobFamily", equalTo("DBA"))
                .body("skills.name", equalTo(List.of("Oracle", "PostgreSQL")))
                .body("rates.effectiveFrom", equalTo(List.of("2020-01-01", "2099-01-01")))
                .body("currentRate.hourlyRate", equalTo(80))
                .body("currentRate.currency", equalTo("EUR"));
        String id = created.extract().path("id");

        TestTokens.as("pm", "project-manager").get("/api/resources/people/{id}", id).then().statusCode(200)
                .body("name", equalTo("Aisha Khan " + tag));
        TestTokens.as("pmo", "pmo").get("/api/resources/people?skill=ORACLE&minLevel=4&q=" + tag).then()
                .statusCode(200).body("items.id", hasItem(id));
        TestTokens.as("pmo", "pmo").get("/api/resources/people?skill=oracle&minLevel=5&q=" + tag).then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        TestTokens.as("pmo", "pmo").queryParam("team", "DATA PLATFORM").queryParam("jobFamily", "DBA")
                .queryParam("q", tag).get("/api/resources/people").then()
                .statusCode(200).body("items.id", hasItem(id));
        TestTokens.as("dev", "member").get("/api/resources/people/{id}", id).then().statusCode(403)
                .contentType("application/problem+json");

        // The person linked to a user reads their own record, whatever their role.
        TestTokens.as("akhan-" + tag, "member").get("/api/resources/me").then().statusCode(200)
                .body("id", equalTo(id));
        TestTokens.as("nobody-" + tag, "member").get("/api/resources/me").then().statusCode(404)
                .body("detail", equalTo("No person is linked to the user 'nobody-" + tag
                        + "': a resource manager sets a person's username"));

        // A change needs the current ETag; skills are replaced as a whole; nothing to clear that must stay.
        asRm().contentType(ContentType.JSON).body(Map.of("team", "Networks"))
                .patch("/api/resources/people/{id}", id).then().statusCode(428);
        asRm().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("team", "Networks"))
                .patch("/api/resources/people/{id}", id).then().statusCode(412);
        asRm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":null}")
                .patch("/api/resources/people/{id}", id).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/name"));
        asRm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("team", "Networks", "skills", List.of(Map.of("name", "Cisco IOS", "level", 2))))
                .patch("/api/resources/people/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("team", equalTo("Networks")).body("skills.name", equalTo(List.of("Cisco IOS")))
                .body("email", equalTo("aisha." + tag + "@example.com"));
        asRm().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"email\":null}")
                .patch("/api/resources/people/{id}", id).then().statusCode(200).body("email", nullValue());

        TestTokens.as("pm", "project-manager").header("If-Match", "\"2\"")
                .delete("/api/resources/people/{id}", id).then().statusCode(403);
        asRm().header("If-Match", "\"2\"").delete("/api/resources/people/{id}", id).then().statusCode(204);
        asRm().get("/api/resources/people/{id}", id).then().statusCode(404);
    }

    @Test
    void anEmailAddressAndAUsernameBelongToOnePerson() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = create(person(unique("First"), "shared." + tag + "@example.com", "shared-" + tag));
        long before = rows("person");

        asRm().contentType(ContentType.JSON)
                .body(person(unique("Second"), "SHARED." + tag + "@example.com", "other-" + tag))
                .post("/api/resources/people").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(first));
        asRm().contentType(ContentType.JSON)
                .body(person(unique("Third"), "third." + tag + "@example.com", "Shared-" + tag))
                .post("/api/resources/people").then().statusCode(409).body("detail", containsString(first));
        String second = create(person(unique("Fourth"), "fourth." + tag + "@example.com", "fourth-" + tag));
        asRm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("username", "shared-" + tag))
                .patch("/api/resources/people/{id}", second).then().statusCode(409);
        assertThat(rows("person")).isEqualTo(before + 1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
        long people = rows("person");
        long skills = rows("person_skill");
        Map<String, String> bodies = Map.of(
                "/skills/1/name", "{\"name\":\"X\",\"jobFamily\":\"DBA\",\"capacityHoursPerWeek\":40,"
                        + "\"skills\":[{\"name\":\"Oracle\",\"level\":3},{\"name\":\"ORACLE\",\"level\":4}]}",
                "/skills/0/level", "{\"name\":\"X\",\"jobFamily\":\"DBA\",\"capacityHoursPerWeek\":40,"
                        + "\"skills\":[{\"name\":\"Oracle\",\"level\":6}]}",
                "/rates/1/currency", "{\"name\":\"X\",\"jobFamily\":\"DBA\",\"capacityHoursPerWeek\":40,\"rates\":["
                        + "{\"effectiveFrom\":\"2027-01-01\",\"hourlyRate\":80,\"currency\":\"EUR\"},"
                        + "{\"effectiveFrom\":\"2027-07-01\",\"hourlyRate\":90,\"currency\":\"USD\"}]}",
                "/rates/1/effectiveFrom", "{\"name\":\"X\",\"jobFamily\":\"DBA\",\"capacityHoursPerWeek\":40,\"rates\":["
                        + "{\"effectiveFrom\":\"2027-01-01\",\"hourlyRate\":80,\"currency\":\"EUR\"},"
                        + "{\"effectiveFrom\":\"2027-01-01\",\"hourlyRate\":90,\"currency\":\"EUR\"}]}",
                "/rates/0/currency", "{\"name\":\"X\",\"jobFamily\":\"DBA\",\"capacityHoursPerWeek\":40,\"rates\":["
                        + "{\"effectiveFrom\":\"2027-01-01\",\"hourlyRate\":80,\"currency\":\"ABC\"}]}",
                "/capacityHoursPerWeek", "{\"name\":\"X\",\"jobFamily\":\"DBA\",\"capacityHoursPerWeek\":169}",
                "/jobFamily", "{\"name\":\"X\",\"jobFamily\":\"ASTRONAUT\",\"capacityHoursPerWeek\":40}",
                "/name", "{\"name\":\"  \",\"jobFamily\":\"DBA\",\"capacityHoursPerWeek\":40}",
                "/username", "{\"name\":\"X\",\"username\":\"has space\",\"jobFamily\":\"DBA\",\"capacityHoursPerWeek\":40}");
        bodies.forEach((pointer, body) -> asRm().contentType(ContentType.JSON).body(body)
                .post("/api/resources/people").then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer)));
        TestTokens.as("pm", "project-manager").contentType(ContentType.JSON)
                .body(person(unique("Refused"), null, null)).post("/api/resources/people").then().statusCode(403);
        assertThat(rows("person")).isEqualTo(people);
        assertThat(rows("person_skill")).isEqualTo(skills);
    }

    @Test
    void absencesOfOnePersonNeverOverlap() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = create(person(unique("Away"), "away." + tag + "@example.com", "away-" + tag));
        String base = "/api/resources/people/" + id + "/absences";
        String leave = asRm().contentType(ContentType.JSON)
                .body(Map.of("kind", "LEAVE", "firstDay", "2027-04-05", "lastDay", "2027-04-09", "note", "Easter"))
                .post(base).then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("PLANNED"))
                .body("hoursPerDay", nullValue()).extract().path("id");
        long before = rows("absence");

        asRm().contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "firstDay", "2027-04-09", "lastDay", "2027-04-12"))
                .post(base).then().statusCode(409).body("detail", containsString(leave));
        asRm().contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "firstDay", "2027-04-12", "lastDay", "2027-04-11"))
                .post(base).then().statusCode(400).body("errors[0].pointer", equalTo("/lastDay"));
        asRm().contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "firstDay", "2027-01-01", "lastDay", "2028-01-02"))
                .post(base).then().statusCode(400).body("errors[0].pointer", equalTo("/lastDay"));
        asRm().contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "firstDay", "2027-04-12", "lastDay", "2027-04-12", "hoursPerDay", 0))
                .post(base).then().statusCode(400).body("errors[0].pointer", equalTo("/hoursPerDay"));
        assertThat(rows("absence")).isEqualTo(before);

        String training = asRm().contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "status", "APPROVED", "firstDay", "2027-04-12",
                        "lastDay", "2027-04-13", "hoursPerDay", 4))
                .post(base).then().statusCode(201).body("hoursPerDay", equalTo(4)).extract().path("id");
        // Moving the training into the leave is refused like adding it there.
        asRm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("firstDay", "2027-04-08"))
                .patch(base + "/{a}", training).then().statusCode(409).body("detail", containsString(leave));
        asRm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "APPROVED"))
                .patch(base + "/{a}", leave).then().statusCode(200).body("status", equalTo("APPROVED"));

        TestTokens.as("pm", "project-manager").get(base + "?from=2027-04-10&to=2027-04-30").then().statusCode(200)
                .body("id", equalTo(List.of(training)));
        TestTokens.as("pm", "project-manager").get(base + "?from=2027-04-10&to=2027-04-01").then().statusCode(400)
                .body("errors[0].parameter", equalTo("to"));
        TestTokens.as("pm", "project-manager").contentType(ContentType.JSON)
                .body(Map.of("kind", "LEAVE", "firstDay", "2027-06-01", "lastDay", "2027-06-02"))
                .post(base).then().statusCode(403);

        asRm().header("If-Match", "\"0\"").delete(base + "/{a}", training).then().statusCode(204);
        asRm().get(base + "/{a}", training).then().statusCode(404);
        asRm().header("If-Match", "\"0\"").delete("/api/resources/people/{id}", id).then().statusCode(204);
        asRm().get(base + "/{a}", leave).then().statusCode(404);
    }

    private static long rows(String table) throws Exception {
        try (Connection connection = GantryTestResources.postgres().connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
