package dev.gantry.resources;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

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
import static org.hamcrest.Matchers.nullValue;

/** Allocations of people to projects: who may make them, their rules, and what each reader sees. */
@QuarkusTest
class AllocationResourceTest {

    /** A project as projects-service announces it: pm manages it, dev is a member, viewer a viewer. */
    private static UUID project() {
        return PublishedProjects.create("dev", ProjectRole.MEMBER, "viewer", ProjectRole.VIEWER);
    }

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }

    private static RequestSpecification asPm() {
        return TestTokens.as("pm", "project-manager");
    }

    private static String person(String username) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Engineer " + username, "jobFamily",
                "NETWORK_ENGINEER", "capacityHoursPerWeek", 40));
        body.put("username", username);
        return asRm().contentType(ContentType.JSON).body(body).post("/api/resources/people").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> allocation(String person, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", person, "firstDay", "2027-03-01",
                "lastDay", "2027-06-30"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Test
    void theProjectManagerAllocatesAndTheMembersSeeWhoIsOnTheProject() {
        UUID project = project();
        String username = "eng-" + UUID.randomUUID().toString().substring(0, 8);
        String person = person(username);
        String base = "/api/resources/projects/" + project + "/allocations";

        String id = asPm().contentType(ContentType.JSON)
                .body(allocation(person, "percent", 50, "role", "Network lead"))
                .post(base).then().statusCode(201).header("ETag", "\"0\"")
                .body("personName", equalTo("Engineer " + username)).body("jobFamily", equalTo("NETWORK_ENGINEER"))
                .body("percent", equalTo(50)).body("hoursPerDay", nullValue()).extract().path("id");

        TestTokens.as("dev", "member").get(base).then().statusCode(200)
                .body("personName", equalTo(List.of("Engineer " + username)));
        TestTokens.as("viewer", "viewer").get(base + "/{a}", id).then().statusCode(200);
        TestTokens.as("dev", "member").contentType(ContentType.JSON).body(allocation(person, "percent", 10))
                .post(base).then().statusCode(403);
        TestTokens.as("pm2", "project-manager").get(base).then().statusCode(404);
        // A resource manager staffs any project, member or not.
        String second = asRm().contentType(ContentType.JSON)
                .body(allocation(person, "hoursPerDay", 2, "firstDay", "2027-07-01", "lastDay", "2027-07-31"))
                .post(base).then().statusCode(201).extract().path("id");

        // Setting hoursPerDay replaces percent.
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("hoursPerDay", 6))
                .patch(base + "/{a}", id).then().statusCode(200).body("hoursPerDay", equalTo(6))
                .body("percent", nullValue());
        asPm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("percent", 20))
                .patch(base + "/{a}", id).then().statusCode(412);

        asPm().get("/api/resources/people/{p}/allocations?from=2027-07-15", person).then().statusCode(200)
                .body("id", equalTo(List.of(second)));
        TestTokens.as(username, "member").get("/api/resources/me/allocations").then().statusCode(200)
                .body("id", equalTo(List.of(id, second)));
        TestTokens.as("dev", "member").get("/api/resources/people/{p}/allocations", person).then().statusCode(403);

        // A person with allocations stays until they are removed.
        asRm().header("If-Match", "\"0\"").delete("/api/resources/people/{p}", person).then().statusCode(409)
                .body("detail", containsString("has allocations"));
        asPm().header("If-Match", "\"1\"").delete(base + "/{a}", id).then().statusCode(204);
        asRm().header("If-Match", "\"0\"").delete(base + "/{a}", second).then().statusCode(204);
        asRm().header("If-Match", "\"0\"").delete("/api/resources/people/{p}", person).then().statusCode(204);

        // Each change announced, in order, on the project's key: made (v0), made, changed (v1), removed, removed.
        List<ConsumerRecord<String, String>> announced = PublishedProjects.kafka().awaitRecords(Topics.RESOURCES,
                r -> project.toString().equals(r.key()) && String.valueOf(header(r, CloudEventHeaders.TYPE)).contains(".allocation-"),
                5, Duration.ofSeconds(20));
        assertThat(announced).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                "dev.gantry.resources.allocation-changed.v1", "dev.gantry.resources.allocation-changed.v1",
                "dev.gantry.resources.allocation-changed.v1", "dev.gantry.resources.allocation-removed.v1",
                "dev.gantry.resources.allocation-removed.v1");
        JsonPath changed = new JsonPath(announced.get(2).value());
        assertThat(changed.getString("allocationId")).isEqualTo(id);
        assertThat(changed.getLong("version")).isEqualTo(1);
        assertThat(changed.getString("username")).isEqualTo(username);
        assertThat(changed.getString("personName")).isEqualTo("Engineer " + username);
        assertThat(changed.getDouble("hoursPerDay")).isEqualTo(6.0);
        assertThat(changed.getString("percent")).isNull();
        assertThat(changed.getString("role")).isEqualTo("Network lead");
        assertThat(new JsonPath(announced.get(3).value()).getString("allocationId")).isEqualTo(id);

        // The person too: added (PersonChanged, version 0, what others plan with), then removed.
        List<ConsumerRecord<String, String>> personEvents = PublishedProjects.kafka().awaitRecords(Topics.RESOURCES,
                r -> person.equals(r.key()) && String.valueOf(header(r, CloudEventHeaders.TYPE)).contains(".person-"),
                2, Duration.ofSeconds(20));
        assertThat(personEvents).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                "dev.gantry.resources.person-changed.v1", "dev.gantry.resources.person-removed.v1");
        JsonPath added = new JsonPath(personEvents.get(0).value());
        assertThat(added.getString("username")).isEqualTo(username);
        assertThat(added.getString("jobFamily")).isEqualTo("NETWORK_ENGINEER");
        assertThat(added.getDouble("capacityHoursPerWeek")).isEqualTo(40.0);
        assertThat(added.getList("workingDays")).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
                "FRIDAY");
        assertThat(added.getLong("version")).isZero();
    }

    @Test
    void badAllocationsAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        UUID project = project();
        String person = person("bad-" + UUID.randomUUID().toString().substring(0, 8));
        String base = "/api/resources/projects/" + project + "/allocations";
        long before = rows();

        asPm().contentType(ContentType.JSON).body(allocation(person)).post(base).then().statusCode(400)
                .body("errors.pointer", hasItem("/percent"));
        asPm().contentType(ContentType.JSON).body(allocation(person, "percent", 50, "hoursPerDay", 4)).post(base)
                .then().statusCode(400).body("errors.pointer", hasItem("/percent"));
        asPm().contentType(ContentType.JSON).body(allocation(person, "percent", 120)).post(base)
                .then().statusCode(400).body("errors.pointer", hasItem("/percent"));
        asPm().contentType(ContentType.JSON).body(allocation(person, "percent", 50, "lastDay", "2027-02-01"))
                .post(base).then().statusCode(400).body("errors.pointer", hasItem("/lastDay"));
        asPm().contentType(ContentType.JSON).body(allocation(UUID.randomUUID().toString(), "percent", 50))
                .post(base).then().statusCode(400).body("errors[0].pointer", equalTo("/personId"));
        asPm().get(base + "?from=2027-05-01&to=2027-04-01").then().statusCode(400)
                .body("errors[0].parameter", equalTo("to"));
        asPm().contentType(ContentType.JSON).body(allocation(person, "percent", 50))
                .post("/api/resources/projects/{p}/allocations", UUID.randomUUID()).then().statusCode(404);
        assertThat(rows()).isEqualTo(before);
    }

    private static long rows() throws Exception {
        try (Connection connection = GantryTestResources.postgres().connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from allocation")) {
            result.next();
            return result.getLong(1);
        }
    }
}
