package dev.gantry.projects;

import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaBroker;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.count;
import static dev.gantry.projects.ProjectsApi.create;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A record the broker refuses for good is parked: it holds back only its own project, an admin sees it and retries
 * it once the cause is fixed, and then it and the events held behind it arrive in order.
 */
@QuarkusTest
class OutboxParkingTest {

    private static final String PARKED = "/api/projects/admin/outbox/parked";
    /** Lower than a project whose description is 4,000 two-byte characters, far above any other project event. */
    private static final int TOPIC_LIMIT = 6000;

    private final KafkaBroker broker = GantryTestResources.kafka();

    @Test
    void aRefusedRecordIsParkedHoldsBackOnlyItsProjectAndArrivesInOrderWhenRetried() throws Exception {
        UUID x;
        UUID y;
        try {
            setTopicLimit(String.valueOf(TOPIC_LIMIT));

            double parkedBefore = metric("gantry_outbox_parked_total");
            x = createProjectWithDescription(uniqueName("Too large"), "é".repeat(4000));
            Map<String, Object> parked = await().atMost(Duration.ofSeconds(30))
                    .until(() -> parkedRecordOf(x), p -> p != null);
            assertThat(parked.get("type")).isEqualTo("dev.gantry.project.created.v1");
            assertThat(parked.get("topic")).isEqualTo(Topics.PROJECTS);
            assertThat(parked.get("key")).isEqualTo(x.toString());
            assertThat(parked.get("partitionKey")).isEqualTo(x.toString());
            assertThat((String) parked.get("reason")).contains("RecordTooLargeException");
            assertThat(((Number) parked.get("payloadSize")).longValue()).isEqualTo(count(
                    "select octet_length(payload) from outbox where message_key = ? and parked_at is not null",
                    x.toString()));
            assertThat(((Number) parked.get("attempts")).intValue()).isEqualTo(1);
            assertThat(metric("gantry_outbox_parked_total")).isEqualTo(parkedBefore + 1);

            y = createProject(uniqueName("Small"));
            rename(y, 0, uniqueName("Small renamed"));
            rename(x, 0, uniqueName("Too large renamed"));

            try (KafkaTestClient kafka = new KafkaTestClient(broker)) {
                List<ConsumerRecord<String, String>> ofY = kafka.awaitRecords(Topics.PROJECTS,
                        r -> y.toString().equals(r.key()), 2, Duration.ofSeconds(30));
                assertThat(ofY).extracting(r -> header(r, "ce_type"))
                        .containsExactly("dev.gantry.project.created.v1", "dev.gantry.project.updated.v1");
                // The relay has passed X's rename by now: it is held, not sent and not parked. Only this class makes
                // the broker refuse records, and its other test removes the one it parks: X's are the only ones.
                await().atMost(Duration.ofSeconds(10)).until(() -> metric("gantry_outbox_held") == 1);
                assertThat(kafka.readAll(Topics.PROJECTS)).noneMatch(r -> x.toString().equals(r.key()));
            }
            assertThat(count("select count(*) from outbox where message_key = ? and published_at is null",
                    x.toString())).isEqualTo(2);
            assertThat(count("select count(*) from outbox where message_key = ? and parked_at is not null",
                    x.toString())).isEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> metric("gantry_outbox_parked_rows") == 1);
        } finally {
            setTopicLimit(null);
        }

        as("root", "admin").post(PARKED + "/{id}/retry", parkedRecordOf(x).get("id")).then().statusCode(202);

        try (KafkaTestClient kafka = new KafkaTestClient(broker)) {
            List<ConsumerRecord<String, String>> ofX = kafka.awaitRecords(Topics.PROJECTS,
                    r -> x.toString().equals(r.key()), 2, Duration.ofSeconds(30));
            assertThat(ofX).extracting(r -> header(r, "ce_type"))
                    .containsExactly("dev.gantry.project.created.v1", "dev.gantry.project.updated.v1");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> count(
                "select count(*) from outbox where message_key = ? and published_at is null", x.toString()) == 0);
        as("root", "admin").get(PARKED).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aRecordOverTheProducersRequestLimitIsParkedWithoutBeingSent() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        // Written directly: the publisher refuses events over 256 KB, the producer's limit is 1 MB.
        try (Connection connection = GantryTestResources.postgres().connect();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into outbox (event_id, topic, message_key, event_type, source, subject, actor,
                                         occurred_at, payload)
                     values (?, ?, ?, 'dev.gantry.project.updated.v1', '/gantry/projects-service', ?, 'system', ?, ?)""")) {
            insert.setObject(1, eventId);
            insert.setString(2, Topics.PROJECTS);
            insert.setString(3, key);
            insert.setString(4, key);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.setString(6, "{\"description\":\"" + "x".repeat(1_100_000) + "\"}");
            insert.executeUpdate();
        }
        try {
            Map<String, Object> parked = await().atMost(Duration.ofSeconds(30))
                    .until(() -> parkedRecord(p -> key.equals(p.get("key"))), p -> p != null);
            assertThat(parked.get("eventId")).isEqualTo(eventId.toString());
            assertThat((String) parked.get("reason")).contains("max.request.size").contains("not sent");
        } finally {
            count("with gone as (delete from outbox where message_key = ? returning 1) select count(*) from gone", key);
        }
    }

    @Test
    void onlyAdminsSeeOrRetryParkedRecordsAndOnlyAtTheServicesOwnRoot() {
        for (String role : new String[]{"pmo", "project-manager", "viewer"}) {
            as("someone", role).get(PARKED).then().statusCode(403).contentType("application/problem+json");
            as("someone", role).post(PARKED + "/1/retry").then().statusCode(403);
        }
        as("root", "admin").get(PARKED).then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
        as("root", "admin").post(PARKED + "/{id}/retry", Long.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Parked outbox record " + Long.MAX_VALUE + " was not found"));
        as("root", "admin").get("/api/risks/admin/outbox/parked").then().statusCode(404)
                .contentType("application/problem+json");
        as("root", "admin").get(PARKED + "?size=0").then().statusCode(400);
        // Declared internally under /platform, which is not reachable and not documented.
        as("root", "admin").get("/platform/admin/outbox/parked").then().statusCode(404)
                .contentType("application/problem+json");
        String openApi = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        assertThat(openApi).contains("\"" + PARKED + "\"", "\"" + PARKED + "/{id}/retry\"").doesNotContain("/platform/");
    }

    @Test
    void aChangeThatWouldPublishAnEventOverTheBoundIsRefusedWith422AndChangesNothing() {
        UUID project = createProject(uniqueName("Huge charter"));
        long charters = PmFixtures.charterRows();
        long outbox = count("select count(*) from outbox where message_key = ?", project.toString());
        // Each list is within its own limits (100 × 1,000 characters); together the event is ~400 KB.
        List<String> items = java.util.Collections.nCopies(100, "x".repeat(1000));
        Map<String, Object> charter = Map.of("inScope", items, "outOfScope", items, "constraints", items,
                "assumptions", items);

        asPm().contentType(ContentType.JSON).body(charter).put("/api/projects/{id}/charter", project).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gantry.dev/problems/event-too-large"))
                .body("detail", org.hamcrest.Matchers.containsString("events are limited to 262144 bytes"));

        assertThat(PmFixtures.charterRows()).isEqualTo(charters);
        assertThat(count("select count(*) from outbox where message_key = ?", project.toString())).isEqualTo(outbox);
    }

    private static UUID createProjectWithDescription(String name, String description) {
        Map<String, Object> body = new HashMap<>(ProjectsApi.newProject(name));
        body.put("description", description);
        String id = create(asPm(), body).statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static void rename(UUID project, int version, String name) {
        asPm().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("name", name)).patch("/api/projects/{id}", project).then().statusCode(200);
    }

    private static Map<String, Object> parkedRecordOf(UUID project) {
        return parkedRecord(p -> project.toString().equals(p.get("key")));
    }

    private static Map<String, Object> parkedRecord(java.util.function.Predicate<Map<String, Object>> filter) {
        JsonPath page = as("root", "admin").get(PARKED + "?size=200").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(filter).findFirst().orElse(null);
    }

    private static double metric(String name) {
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    /** Sets the topic's max.message.bytes, or back to the broker's default for {@code null}; waits until it applies. */
    private void setTopicLimit(String maxMessageBytes) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PROJECTS);
        AlterConfigOp op = maxMessageBytes == null
                ? new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes),
                AlterConfigOp.OpType.SET);
        try (Admin admin = broker.admin()) {
            Map<ConfigResource, Collection<AlterConfigOp>> change = Map.of(topic, List.of(op));
            admin.incrementalAlterConfigs(change).all().get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                ConfigEntry entry = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS)
                        .get(topic).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
                return maxMessageBytes == null ? entry.isDefault() : maxMessageBytes.equals(entry.value());
            });
        }
    }
}
