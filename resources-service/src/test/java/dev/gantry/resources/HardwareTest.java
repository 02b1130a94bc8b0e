package dev.gantry.resources;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Assets, their lifecycle and history, and reservations that never double-book an asset, even when raced. */
@QuarkusTest
class HardwareTest {

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }

    private static RequestSpecification asPm() {
        return TestTokens.as("pm", "project-manager");
    }

    private static String asset(String tag, String type, String model) {
        Map<String, Object> body = new HashMap<>(Map.of("assetTag", tag, "type", type, "manufacturer", "Lenovo",
                "warrantyEnd", "2027-06-30", "endOfLife", "2028-12-31"));
        if (model != null) {
            body.put("model", model);
        }
        return asRm().contentType(ContentType.JSON).body(body).post("/api/resources/assets").then().statusCode(201)
                .extract().path("id");
    }

    private static Response reserve(RequestSpecification as, UUID project, String asset, String first, String last) {
        return as.contentType(ContentType.JSON).body(Map.of("assetId", asset, "firstDay", first, "lastDay", last))
                .post("/api/resources/projects/{p}/asset-reservations", project);
    }

    @Test
    void assetsTheirLifecycleAndHistory() {
        String tag = "LT-" + UUID.randomUUID().toString().substring(0, 8);
        String id = asset(tag, "LAPTOP", "ThinkPad T14");
        asRm().get("/api/resources/assets/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("IN_STOCK")).body("assetTag", equalTo(tag));
        asRm().contentType(ContentType.JSON).body(Map.of("assetTag", tag.toLowerCase(), "type", "SERVER"))
                .post("/api/resources/assets").then().statusCode(409).body("detail", containsString(id));
        asRm().contentType(ContentType.JSON).body(Map.of("assetTag", "X-1", "type", "TOASTER"))
                .post("/api/resources/assets").then().statusCode(400);
        asRm().contentType(ContentType.JSON).body(Map.of("assetTag", "X-1", "type", "SERVER", "currency", "eur"))
                .post("/api/resources/assets").then().statusCode(400).body("errors[0].pointer", equalTo("/currency"));
        TestTokens.as("dev", "member").contentType(ContentType.JSON).body(Map.of("assetTag", "X-2", "type", "SERVER"))
                .post("/api/resources/assets").then().statusCode(403);

        asRm().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("assetTag", tag, "type", "LAPTOP", "model", "ThinkPad T14", "location", "Store 2"))
                .put("/api/resources/assets/{id}", id).then().statusCode(200).body("location", equalTo("Store 2"))
                .header("ETag", "\"1\"");
        asRm().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("to", "IN_REPAIR"))
                .post("/api/resources/assets/{id}/transitions", id).then().statusCode(412);
        asRm().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("to", "IN_REPAIR", "note", "Keyboard")).post("/api/resources/assets/{id}/transitions", id)
                .then().statusCode(200).body("status", equalTo("IN_REPAIR"));
        asRm().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("to", "ALLOCATED"))
                .post("/api/resources/assets/{id}/transitions", id).then().statusCode(409)
                .body("detail", containsString("cannot become ALLOCATED"));
        List<String> kinds = asRm().get("/api/resources/assets/{id}/history", id).then().statusCode(200)
                .extract().path("kind");
        assertThat(kinds).containsExactly("CREATED", "CHANGED", "STATUS");
        asRm().queryParam("type", "LAPTOP").queryParam("status", "IN_REPAIR").queryParam("size", 200)
                .get("/api/resources/assets").then().statusCode(200).body("items.assetTag", hasItem(tag));
        asRm().get("/api/resources/assets/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void lifecycleRisksAreRaisedAndClearedOnceEach() {
        UUID project = PublishedProjects.create();
        // Warranty ends Jun 30 2027, end of life Dec 31 2028 (see asset()).
        String laptop = asset("LT-" + UUID.randomUUID().toString().substring(0, 8), "LAPTOP", "T14");
        String beyondWarranty = reserve(asPm(), project, laptop, "2027-06-01", "2027-07-31").then().statusCode(201)
                .extract().path("id");
        String server = asset("SV-" + UUID.randomUUID().toString().substring(0, 8), "SERVER", "R760");
        String cancelled = reserve(asPm(), project, server, "2027-06-01", "2027-07-31").then().statusCode(201)
                .extract().path("id");
        reserve(asPm(), project, server, "2027-01-01", "2027-01-31").then().statusCode(201);

        // The warranty moves past the reservation: cleared; the other one is cancelled: cleared.
        String etag = asRm().get("/api/resources/assets/{id}", laptop).then().extract().header("ETag");
        asRm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("assetTag",
                        asRm().get("/api/resources/assets/{id}", laptop).then().extract().path("assetTag"),
                        "type", "LAPTOP", "warrantyEnd", "2027-12-31", "endOfLife", "2028-12-31"))
                .put("/api/resources/assets/{id}", laptop).then().statusCode(200);
        asPm().delete("/api/resources/projects/{p}/asset-reservations/{r}", project, cancelled).then().statusCode(204);

        List<ConsumerRecord<String, String>> announced = PublishedProjects.kafka()
                .awaitRecords(Topics.RESOURCES, r -> project.toString().equals(r.key())
                        && String.valueOf(header(r,
                        CloudEventHeaders.TYPE)).contains("hardware-lifecycle"), 4,
                        Duration.ofSeconds(20));
        assertThat(announced).extracting(r -> new JsonPath(r.value()).getString("reservationId")
                + " " + header(r, CloudEventHeaders.TYPE)
                .replace("dev.gantry.resources.", "")).containsExactly(
                beyondWarranty + " hardware-lifecycle-risk.v1", cancelled + " hardware-lifecycle-risk.v1",
                beyondWarranty + " hardware-lifecycle-risk-cleared.v1",
                cancelled + " hardware-lifecycle-risk-cleared.v1");
        JsonPath risk = new JsonPath(announced.get(0).value());
        assertThat(risk.getString("kind")).isEqualTo("WARRANTY_END");
        assertThat(risk.getString("lifecycleDate")).isEqualTo("2027-06-30");
        assertThat(risk.getString("neededUntil")).isEqualTo("2027-07-31");
        assertThat(risk.getString("assetName")).isEqualTo("Lenovo T14");
    }

    @Test
    void reservationsNeverDoubleBookAnAsset() throws Exception {
        UUID project = PublishedProjects.create("dev", ProjectRole.MEMBER);
        String model = "Rig " + UUID.randomUUID().toString().substring(0, 6);
        String rig = asset("TD-" + UUID.randomUUID().toString().substring(0, 8), "TEST_DEVICE", model);
        String spare = asset("TD-" + UUID.randomUUID().toString().substring(0, 8), "TEST_DEVICE", model);

        String first = reserve(asPm(), project, rig, "2027-03-01", "2027-03-31").then().statusCode(201)
                .extract().path("id");
        reserve(asPm(), project, rig, "2027-03-15", "2027-04-15").then().statusCode(409)
                .body("detail", containsString(first)).body("detail", containsString("2027-03-01 to 2027-03-31"));
        reserve(asPm(), project, rig, "2027-04-01", "2027-04-10").then().statusCode(201);
        reserve(TestTokens.as("dev", "member"), project, rig, "2027-05-01", "2027-05-02").then().statusCode(403);
        reserve(asPm(), project, rig, "2027-05-10", "2027-05-01").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/lastDay"));
        reserve(asPm(), project, UUID.randomUUID().toString(), "2027-05-01", "2027-05-02").then().statusCode(400);
        assertThat(TestTokens.as("dev", "member").get("/api/resources/projects/{p}/asset-reservations", project)
                .then().statusCode(200).extract().<List<String>>path("assetId")).containsExactly(rig, rig);

        // Free from Mar 10 to Mar 20: the spare only.
        List<String> free = asPm().queryParam("type", "TEST_DEVICE").queryParam("model", model)
                .queryParam("from", "2027-03-10").queryParam("to", "2027-03-20")
                .get("/api/resources/assets/availability").then().statusCode(200).extract().path("id");
        assertThat(free).containsExactly(spare);

        // Eight overlapping requests at once for the spare: exactly one wins, the others are told which.
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            int day = 1 + i;
            answers.add(pool.submit(() -> {
                start.await();
                return reserve(asPm(), project, spare, "2027-06-%02d".formatted(day),
                        "2027-06-%02d".formatted(day + 10)).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(asRm().get("/api/resources/assets/{id}/reservations", spare).then().statusCode(200)
                .extract().<List<String>>path("id")).hasSize(1);

        // Cancelled, the period is free again.
        asPm().delete("/api/resources/projects/{p}/asset-reservations/{r}", project, first).then().statusCode(204);
        reserve(asPm(), project, rig, "2027-03-15", "2027-03-20").then().statusCode(201);
        asPm().delete("/api/resources/projects/{p}/asset-reservations/{r}", project, first).then().statusCode(404);
    }
}
