package dev.gantry.resources;

import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.testing.MovableClock;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import static org.awaitility.Awaitility.await;
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
        // The rig's free periods in March and April: around its reservations of Mar 1–31 and Apr 1–10.
        asPm().queryParam("from", "2027-02-20").queryParam("to", "2027-04-30")
                .get("/api/resources/assets/{id}/free-periods", rig).then().statusCode(200)
                .body("firstDay", equalTo(List.of("2027-02-20", "2027-04-11")))
                .body("lastDay", equalTo(List.of("2027-02-28", "2027-04-30")));
        asPm().queryParam("from", "2027-04-30").queryParam("to", "2027-04-01")
                .get("/api/resources/assets/{id}/free-periods", rig).then().statusCode(400);

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

    private static final String BASE = "/api/resources/projects/{p}/asset-reservations";

    private static List<String> typesOf(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> header(r, CloudEventHeaders.TYPE).replace("dev.gantry.resources.", ""))
                .toList();
    }

    @Test
    void aReservationForATaskFollowsItReportsADoubleBookingAndRaisesLifecycleRisks() {
        UUID project = PublishedProjects.create();
        UUID other = PublishedProjects.create();
        UUID migrate = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        // Warranty ends Jun 30 2027 (see asset()).
        String server = asset("SV-" + UUID.randomUUID().toString().substring(0, 8), "SERVER", "R760");
        TaskAllocationTest.publishSchedule(project, 1, migrate, LocalDate.of(2027, 3, 1), second);
        Map<String, Object> forTask = Map.of("assetId", server, "taskId", migrate.toString());
        String reservation = await().atMost(Duration.ofSeconds(30)).until(() -> asPm().contentType(ContentType.JSON)
                .body(forTask).post(BASE, project), r -> r.statusCode() == 201).then()
                .body("firstDay", equalTo("2027-03-01")).body("lastDay", equalTo("2027-03-05")).extract().path("id");
        asPm().contentType(ContentType.JSON).body(Map.of("assetId", server, "taskId", migrate.toString(),
                "firstDay", "2027-03-01")).post(BASE, project).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/firstDay"));
        asPm().contentType(ContentType.JSON).body(Map.of("assetId", server, "taskId", UUID.randomUUID().toString()))
                .post(BASE, project).then().statusCode(400).body("errors[0].pointer", equalTo("/taskId"));
        String inTheWay = reserve(asPm(), other, server, "2027-03-08", "2027-03-12").then().statusCode(201)
                .extract().path("id");

        // The task moves onto the other project's week: reported, not applied.
        TaskAllocationTest.publishSchedule(project, 2, migrate, LocalDate.of(2027, 3, 8), second);
        await().atMost(Duration.ofSeconds(30)).until(() -> asPm().get(BASE + "/conflicts", project).then()
                .statusCode(200).extract().<List<String>>path("reservationId"), c -> c.contains(reservation));
        asPm().get(BASE + "/conflicts", project).then().body("[0].wantedFirstDay", equalTo("2027-03-08"))
                .body("[0].wantedLastDay", equalTo("2027-03-12"))
                .body("[0].conflictingReservationIds", equalTo(List.of(inTheWay)))
                .body("[0].firstDay", equalTo("2027-03-01"));
        asPm().get(BASE + "/{r}", project, reservation).then().statusCode(200).body("firstDay", equalTo("2027-03-01"));

        // It moves on to a free week: it follows, and the conflict is over.
        TaskAllocationTest.publishSchedule(project, 3, migrate, LocalDate.of(2027, 3, 22), second);
        await().atMost(Duration.ofSeconds(30)).until(() -> asPm().get(BASE + "/{r}", project, reservation).then()
                .extract().path("firstDay"), equalTo("2027-03-22"));
        asPm().get(BASE + "/conflicts", project).then().statusCode(200).body("size()", equalTo(0));

        // Past the warranty's end, and back: one risk, one clearing.
        TaskAllocationTest.publishSchedule(project, 4, migrate, LocalDate.of(2027, 6, 28), second);
        await().atMost(Duration.ofSeconds(30)).until(() -> asPm().get(BASE + "/{r}", project, reservation).then()
                .extract().path("lastDay"), equalTo("2027-07-02"));
        TaskAllocationTest.publishSchedule(project, 5, migrate, LocalDate.of(2027, 3, 22), second);
        List<ConsumerRecord<String, String>> announced = PublishedProjects.kafka().awaitRecords(Topics.RESOURCES,
                r -> project.toString().equals(r.key()) && !header(r, CloudEventHeaders.TYPE).contains("allocation-"),
                4, Duration.ofSeconds(30));
        // Exactly these: nothing twice.
        announced = PublishedProjects.kafka().readAll(Topics.RESOURCES).stream().filter(r -> project.toString()
                .equals(r.key()) && !header(r, CloudEventHeaders.TYPE).contains("allocation-")).toList();
        assertThat(typesOf(announced)).containsExactly("asset-reservation-conflict.v1",
                "asset-reservation-conflict-resolved.v1", "hardware-lifecycle-risk.v1",
                "hardware-lifecycle-risk-cleared.v1");
        JsonPath conflict = new JsonPath(announced.get(0).value());
        assertThat(conflict.getList("conflictingReservationIds")).containsExactly(inTheWay);
        assertThat(new JsonPath(announced.get(1).value()).getString("firstDay")).isEqualTo("2027-03-22");
        JsonPath risk = new JsonPath(announced.get(2).value());
        assertThat(risk.getString("taskId")).isEqualTo(migrate.toString());
        assertThat(risk.getString("neededUntil")).isEqualTo("2027-07-02");
        assertThat(asRm().get("/api/resources/assets/{id}/history", server).then().extract()
                .<List<String>>path("kind")).contains("RESERVATION_MOVED");
    }

    @Test
    void anAssetIsCheckedOutAgainstAReservationAndAnOverdueReturnIsFlagged() {
        UUID project = PublishedProjects.create("dev", ProjectRole.MEMBER);
        String person = asRm().contentType(ContentType.JSON).body(Map.of("name", "Field engineer", "jobFamily",
                "NETWORK_ENGINEER", "capacityHoursPerWeek", 40)).post("/api/resources/people").then().statusCode(201)
                .extract().path("id");
        String laptop = asset("LT-" + UUID.randomUUID().toString().substring(0, 8), "LAPTOP", "T14");
        try {
            MovableClock.set(Instant.parse("2027-03-01T09:00:00Z"));
            String reservation = reserve(asPm(), project, laptop, "2027-03-01", "2027-03-05").then().statusCode(201)
                    .extract().path("id");
            String out = BASE + "/{r}/check-out";
            TestTokens.as("dev", "member").contentType(ContentType.JSON).body(Map.of()).post(out, project, reservation)
                    .then().statusCode(403);
            asPm().contentType(ContentType.JSON).body(Map.of("personId", UUID.randomUUID().toString()))
                    .post(out, project, reservation).then().statusCode(400)
                    .body("errors[0].pointer", equalTo("/personId"));
            asPm().contentType(ContentType.JSON).body(Map.of("personId", person, "condition", "Good, with dock"))
                    .post(out, project, reservation).then().statusCode(200)
                    .body("checkOut.checkedOutTo", equalTo(person)).body("checkOut.overdue", equalTo(false));
            asRm().get("/api/resources/assets/{id}", laptop).then().body("status", equalTo("ALLOCATED"))
                    .body("holderPersonId", equalTo(person)).body("holderProjectId", equalTo(project.toString()));
            asPm().contentType(ContentType.JSON).body(Map.of()).post(out, project, reservation).then().statusCode(409);
            asPm().delete(BASE + "/{r}", project, reservation).then().statusCode(409)
                    .body("detail", containsString("check it in first"));
            String etag = asRm().get("/api/resources/assets/{id}", laptop).then().extract().header("ETag");
            asRm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("to", "IN_STOCK"))
                    .post("/api/resources/assets/{id}/transitions", laptop).then().statusCode(409);

            // Three days after the last day it is still out: flagged.
            MovableClock.set(Instant.parse("2027-03-08T09:00:00Z"));
            asPm().get(BASE + "/{r}", project, reservation).then().body("checkOut.overdue", equalTo(true));
            List<Map<String, Object>> overdue = asRm().get("/api/resources/assets/overdue-returns").then()
                    .statusCode(200).extract().path("findAll { it.reservation.id == '" + reservation + "' }");
            assertThat(overdue).singleElement().satisfies(o -> assertThat(o.get("daysOverdue")).isEqualTo(3));
            TestTokens.as("dev", "member").get("/api/resources/assets/overdue-returns").then().statusCode(403);

            asPm().contentType(ContentType.JSON).body(Map.of("condition", "Scratched lid"))
                    .post(BASE + "/{r}/check-in", project, reservation).then().statusCode(200)
                    .body("checkOut.conditionIn", equalTo("Scratched lid")).body("checkOut.overdue", equalTo(false));
            asPm().contentType(ContentType.JSON).body(Map.of()).post(BASE + "/{r}/check-in", project, reservation)
                    .then().statusCode(409);
            asRm().get("/api/resources/assets/{id}", laptop).then().body("status", equalTo("IN_STOCK"))
                    .body("holderPersonId", equalTo(null));
            List<String> notes = asRm().get("/api/resources/assets/{id}/history", laptop).then().extract()
                    .path("findAll { it.kind == 'CHECKED_OUT' || it.kind == 'CHECKED_IN' }.note");
            assertThat(notes).hasSize(2);
            assertThat(notes.get(0)).contains("due back 2027-03-05", "Good, with dock");
            assertThat(notes.get(1)).contains("3 days late", "Scratched lid");
            // Returned, the reservation cannot be checked out again.
            asPm().contentType(ContentType.JSON).body(Map.of()).post(out, project, reservation).then().statusCode(409);
        } finally {
            MovableClock.reset();
        }
    }

    @Test
    void assetsGoOutAndComeBackAsCsv() {
        String tag = "CSV-" + UUID.randomUUID().toString().substring(0, 8);
        String existing = asset(tag + "-1", "SWITCH", "Catalyst 9300");
        String csv = asRm().accept("text/csv").get("/api/resources/assets/export").then().statusCode(200)
                .header("Content-Disposition", containsString("assets.csv")).extract().asString();
        assertThat(csv).startsWith("assetTag,type,manufacturer,model,serialNumber,status,location,purchaseDate,"
                + "purchaseCost,currency,warrantyEnd,endOfLife,notes");
        assertThat(csv).contains(tag + "-1,SWITCH,Lenovo,Catalyst 9300,,IN_STOCK,,,,,2027-06-30,2028-12-31,");

        String header = "assetTag,type,model,status,location,purchaseCost,currency,warrantyEnd,notes\n";
        String bad = header + tag + "-2,TOASTER,,,,,,,\n" + tag + "-3,ROUTER,,ALLOCATED,,abc,eur,2027-13-01,\n"
                + tag + "-4,ROUTER,,,,,,,\n" + tag.toLowerCase() + "-4,ROUTER,,,,,,,\n";
        List<String> pointers = asRm().contentType("text/csv").body(bad).post("/api/resources/assets/import").then()
                .statusCode(400).extract().path("errors.pointer");
        assertThat(pointers).containsExactlyInAnyOrder("/rows/2/type", "/rows/3/status", "/rows/3/purchaseCost",
                "/rows/3/currency", "/rows/3/warrantyEnd", "/rows/5/assetTag");
        asRm().queryParam("model", "ISR 4331 " + tag).get("/api/resources/assets").then().body("items.size()",
                equalTo(0));

        String good = header + tag + "-1,SWITCH,Catalyst 9300,IN_STOCK,Rack B4,,,2027-06-30,\n"
                + tag + "-5,ROUTER,ISR 4331 " + tag + ",,\"Store 1, shelf \"\"A\"\"\",850.00,EUR,2029-01-31,Spare\n"
                + tag + "-6,ROUTER,ISR 4331 " + tag + ",RETIRED,,,,,\n";
        asRm().contentType("text/csv").body(good).post("/api/resources/assets/import").then().statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(1));
        asRm().contentType("text/csv").body(good).post("/api/resources/assets/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        asRm().get("/api/resources/assets/{id}", existing).then().body("location", equalTo("Rack B4"));
        asRm().queryParam("model", "ISR 4331 " + tag).queryParam("sort", "assetTag,asc").get("/api/resources/assets")
                .then().body("items.status", equalTo(List.of("IN_STOCK", "RETIRED")))
                .body("items[0].location", equalTo("Store 1, shelf \"A\"")).body("items[0].purchaseCost",
                        equalTo(850.0f));
        // A status of an existing asset changes through transitions, not an import.
        asRm().contentType("text/csv").body(header + tag + "-1,SWITCH,,RETIRED,,,,,\n")
                .post("/api/resources/assets/import").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/rows/2/status"));
        asRm().contentType(ContentType.JSON).body("{}").post("/api/resources/assets/import").then().statusCode(415);
        TestTokens.as("dev", "member").contentType("text/csv").body(good).post("/api/resources/assets/import").then()
                .statusCode(403);
    }

    @Test
    void aTeamAndItsEquipmentAreAskedForInOnePlace() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String team = "Capacity " + tag;
        String person = asRm().contentType(ContentType.JSON).body(Map.of("name", "Cap " + tag, "jobFamily",
                "NETWORK_ENGINEER", "capacityHoursPerWeek", 40, "team", team)).post("/api/resources/people").then()
                .statusCode(201).extract().path("id");
        UUID project = PublishedProjects.create();
        asPm().contentType(ContentType.JSON).body(Map.of("personId", person, "firstDay", "2027-04-05", "lastDay",
                "2027-04-09", "percent", 25)).post("/api/resources/projects/{p}/allocations", project).then()
                .statusCode(201);
        String model = "Array " + tag;
        String reserved = asset("ST-" + tag + "-1", "STORAGE", model);
        asset("ST-" + tag + "-2", "STORAGE", model);
        reserve(asPm(), project, reserved, "2027-04-09", "2027-04-20").then().statusCode(201);

        JsonPath capacity = asPm().queryParam("from", "2027-04-05").queryParam("to", "2027-04-09")
                .queryParam("team", team).queryParam("assetType", "STORAGE").get("/api/resources/capacity").then()
                .statusCode(200).extract().jsonPath();
        assertThat(capacity.getString("people.unit")).isEqualTo("HOURS");
        assertThat(capacity.getInt("people.count")).isEqualTo(1);
        assertThat(capacity.getDouble("people.available")).isEqualTo(40.0);
        assertThat(capacity.getDouble("people.allocated")).isEqualTo(10.0);
        assertThat(capacity.getDouble("people.free")).isEqualTo(30.0);
        assertThat(capacity.getString("equipment.unit")).isEqualTo("ASSETS");
        Map<String, Object> stock = capacity.getMap("equipment.stock.find { it.model == '" + model + "' }");
        assertThat(stock).containsEntry("available", 2).containsEntry("allocated", 1).containsEntry("free", 1);
        TestTokens.as("dev", "member").queryParam("from", "2027-04-05").queryParam("to", "2027-04-09")
                .get("/api/resources/capacity").then().statusCode(403);
        asPm().queryParam("from", "2027-04-05").queryParam("to", "2027-04-09").queryParam("assetType", "TOASTER")
                .get("/api/resources/capacity").then().statusCode(400);
        asPm().queryParam("from", "2027-04-09").queryParam("to", "2027-04-05").get("/api/resources/capacity").then()
                .statusCode(400);
    }
}
