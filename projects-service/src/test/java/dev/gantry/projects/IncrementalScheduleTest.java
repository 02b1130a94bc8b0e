package dev.gantry.projects;

import dev.gantry.contracts.Topics;
import dev.gantry.contracts.schedule.ScheduleAssembler;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.projects.schedule.Rescheduler;
import dev.gantry.projects.schedule.ScheduleRepublisher;
import dev.gantry.scheduling.TaskSchedule;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static dev.gantry.projects.ScheduleApiTest.link;
import static dev.gantry.projects.ScheduleApiTest.schedule;
import static dev.gantry.projects.ScheduleApiTest.task;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The schedule kept between edits gives the result a recomputation from the stored rows gives, over random edit
 * sequences; a consumer rebuilds exactly the producer's schedule from the compacted topic; concurrent writers on one
 * project all succeed.
 */
@QuarkusTest
class IncrementalScheduleTest {

    private static KafkaTestClient kafka;

    @Inject
    Rescheduler rescheduler;

    @Inject
    ScheduleRepublisher republisher;

    @Inject
    MeterRegistry meters;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(GantryTestResources.kafka());
    }

    @AfterAll
    static void disconnect() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void randomEditSequencesGiveTheScheduleOfAFullRecomputation() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            UUID project = createProject(uniqueName("Incremental " + seed));
            List<String> taskIds = new ArrayList<>();
            List<String> linkIds = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                taskIds.add(task(project, Map.of("name", "Task " + i, "durationMinutes", 480 * (1 + random.nextInt(5)))));
            }
            for (int step = 1; step <= 60; step++) {
                edit(project, random, taskIds, linkIds);
                if (step % 10 == 0) {
                    assertAgreesWithFullRecomputation(project, "seed " + seed + ", step " + step);
                }
            }
            assertConsumerRebuildsTheSchedule(kafka, project);
        }
    }

    /**
     * An edit of a task's own data (a duration, a constraint) is scheduled on the structure the engine compiled for
     * the previous version; a change of the outline or the links compiles it again; both agree with a recomputation
     * from the stored rows.
     */
    @Test
    void editsOfATasksOwnDataReuseTheCompiledStructure() {
        UUID project = createProject(uniqueName("Kept structure"));
        String first = task(project, Map.of("name", "First", "durationMinutes", 480));
        String second = task(project, Map.of("name", "Second", "durationMinutes", 960));
        link(project, first, second, "FS", null);

        double kept = recomputations("kept");
        double compiled = recomputations("compiled");
        patch(project, first, Map.of("durationMinutes", 1440));
        patch(project, second, Map.of("constraint", Map.of("type", "START_NO_EARLIER_THAN",
                "date", "2027-03-10T08:00:00")));
        assertThat(recomputations("kept") - kept).isEqualTo(2);
        assertThat(recomputations("compiled") - compiled).isZero();
        assertAgreesWithFullRecomputation(project, "after edits on the kept structure");

        String third = task(project, Map.of("name", "Third", "durationMinutes", 480));
        patch(project, third, Map.of("parentId", first));
        assertThat(recomputations("compiled") - compiled).isEqualTo(2);
        assertThat(recomputations("kept") - kept).isEqualTo(2);
        assertThat(schedule(project).getList("tasks.findAll { it.name == 'Second' }.start", String.class))
                .containsExactly("2027-03-10T08:00:00");
        assertAgreesWithFullRecomputation(project, "after a new task and a new parent");
    }

    private double recomputations(String structure) {
        Timer timer = meters.find("gantry.schedule.recompute").tag("structure", structure).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void concurrentWritersOnOneProjectAllSucceedAndMatchASequentialRun() throws Exception {
        UUID project = createProject(uniqueName("Concurrent writers"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> creates = new ArrayList<>();
            for (int client = 0; client < 8; client++) {
                int c = client;
                creates.add(() -> {
                    int failures = 0;
                    for (int i = 0; i < 5; i++) {
                        int status = asPm().contentType(ContentType.JSON)
                                .body(Map.of("name", "Client " + c + " task " + i, "durationMinutes", 480))
                                .post("/api/projects/{p}/tasks", project).statusCode();
                        failures += status == 201 ? 0 : 1;
                    }
                    return failures;
                });
            }
            for (Future<Integer> f : pool.invokeAll(creates)) {
                assertThat(f.get()).as("failed creates of one client").isZero();
            }

            // Two first writes racing on a project that has no schedule yet.
            UUID fresh = createProject(uniqueName("First writes"));
            List<Callable<Integer>> firsts = List.of(
                    () -> asPm().contentType(ContentType.JSON).body(Map.of("name", "One", "durationMinutes", 960))
                            .post("/api/projects/{p}/tasks", fresh).statusCode(),
                    () -> asPm().contentType(ContentType.JSON).body(Map.of("name", "Two", "durationMinutes", 480))
                            .post("/api/projects/{p}/tasks", fresh).statusCode());
            for (Future<Integer> f : pool.invokeAll(firsts)) {
                assertThat(f.get()).isEqualTo(201);
            }
            assertThat(schedule(fresh).getList("tasks")).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
        JsonPath concurrent = schedule(project);
        assertThat(concurrent.getList("tasks")).hasSize(40);
        // Sequentially, 40 unlinked one-day tasks all run on the project's first day.
        assertThat(concurrent.getList("tasks.start", String.class)).containsOnly("2027-03-01T08:00:00");
        assertThat(concurrent.getList("tasks.finish", String.class)).containsOnly("2027-03-01T17:00:00");
        assertThat(concurrent.getLong("scheduleVersion")).isEqualTo(40);
        assertAgreesWithFullRecomputation(project, "after concurrent creates");
    }

    @Test
    void segmentsGrowWithTheProjectAndAnEditRewritesOnlyItsOwn() throws Exception {
        UUID project = UUID.fromString(ScheduleImportTest.importFile(LargePlans.mpx(60, 11)));
        List<String> taskIds = new ArrayList<>(schedule(project).getList("tasks", Map.class).stream()
                .filter(t -> !Boolean.TRUE.equals(t.get("summary"))).map(t -> (String) t.get("id")).toList());
        int tasks = schedule(project).getList("tasks").size();
        assertThat(tasks).isEqualTo(62);
        // About 16 tasks per segment in a project this small.
        assertThat(segments(project)).isEqualTo(4);

        // Growing past twice that many tasks spreads them over more segments, all rewritten at once.
        while (ScheduleDates.segmentsFor(tasks, 4) == 4) {
            taskIds.add(task(project, Map.of("name", "Grown " + tasks, "durationMinutes", 480)));
            tasks++;
        }
        assertThat(tasks).isEqualTo(2 * 4 * ScheduleDates.TASKS_PER_SMALL_SEGMENT + 2);
        assertThat(segments(project)).isEqualTo(8);
        assertThat(lastVersion(project).path("dateSegments").asInt()).isEqualTo(8);
        assertAgreesWithFullRecomputation(project, "after growing");

        Random random = new Random(5);
        for (int step = 1; step <= 30; step++) {
            edit(project, random, taskIds, new ArrayList<>());
            if (step % 10 == 0) {
                assertAgreesWithFullRecomputation(project, "step " + step);
            }
        }
        assertConsumerRebuildsTheSchedule(kafka, project);

        // A rename changes no computed value: the task's record only. A new task without links moves nothing else:
        // its record and its own segment.
        Map<?, ?> some = schedule(project).getList("tasks", Map.class).stream()
                .filter(t -> !Boolean.TRUE.equals(t.get("summary"))).findFirst().orElseThrow();
        String etag = asPm().get("/api/projects/{p}/tasks/{t}", project, some.get("id")).then().statusCode(200)
                .extract().header("ETag");
        asPm().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("name", "Renamed")).patch("/api/projects/{p}/tasks/{t}", project, some.get("id"))
                .then().statusCode(200);
        assertThat(lastVersion(project).path("changedRecords").asInt()).isEqualTo(1);
        task(project, Map.of("name", "Unlinked", "durationMinutes", 60));
        assertThat(lastVersion(project).path("changedRecords").asInt()).isEqualTo(2);
        assertConsumerRebuildsTheSchedule(kafka, project);
    }

    @Test
    void segmentsAboveACountThatFellAreRemoved() {
        UUID project = createProject(uniqueName("Shrinking"));
        List<String> taskIds = new ArrayList<>();
        while (taskIds.size() < 34) {
            taskIds.add(task(project, Map.of("name", "T" + taskIds.size(), "durationMinutes", 480)));
        }
        assertThat(segments(project)).isEqualTo(4);
        // Shrinking keeps four segments down to 16 tasks, then falls to one.
        while (ScheduleDates.segmentsFor(taskIds.size() - 1, 4) == 4) {
            deleteTask(project, taskIds.remove(taskIds.size() - 1));
            assertThat(segments(project)).isEqualTo(4);
        }
        deleteTask(project, taskIds.remove(taskIds.size() - 1));
        assertThat(segments(project)).isEqualTo(1);
        assertThat(segmentRowsFrom(project, 1)).isZero();
        assertThat(lastVersion(project).path("dateSegments").asInt()).isEqualTo(1);
        // Edits after the fall write the one segment and leave nothing above it.
        task(project, Map.of("name", "After", "durationMinutes", 60));
        assertThat(segmentRowsFrom(project, 1)).isZero();
        assertAgreesWithFullRecomputation(project, "after the segments fell");
        assertConsumerRebuildsTheSchedule(kafka, project);
    }

    @Test
    void aScheduleMarkedForRepublicationIsStoredAndPublishedWhole() {
        UUID project = createProject(uniqueName("Republished"));
        String a = task(project, Map.of("name", "Alpha", "durationMinutes", 480));
        String b = task(project, Map.of("name", "Bravo", "durationMinutes", 960));
        link(project, a, b, "FS", null);
        long version = schedule(project).getLong("scheduleVersion");
        // As after the upgrade that introduced the segments: no stored computed dates, marked for republication.
        ProjectsApi.execute("delete from schedule_dates_segment where project_id = ?", project);
        ProjectsApi.execute("update project_schedule set republish = true where project_id = ?", project);

        republisher.run();

        assertThat(ProjectsApi.count("select count(*) from project_schedule where project_id = ? and republish",
                project)).isZero();
        assertThat(ProjectsApi.count("select count(*) from schedule_dates_segment where project_id = ?", project))
                .isEqualTo(1);
        JsonPath after = schedule(project);
        assertThat(after.getLong("scheduleVersion")).isEqualTo(version + 1);
        assertThat(after.getList("tasks.finish", String.class))
                .containsExactly("2027-03-01T17:00:00", "2027-03-03T17:00:00");
        // Every record of the project again, at the new version: two tasks, the link, the segment, the header.
        kafka.awaitRecords(Topics.PROJECT_SCHEDULES, r -> project.toString().equals(r.key())
                && r.value() != null && r.value().contains("\"version\":" + (version + 1) + ","), 1, Duration.ofSeconds(30));
        assertThat(lastVersion(project).path("changedRecords").asInt()).isEqualTo(4);
        assertConsumerRebuildsTheSchedule(kafka, project);
        assertThat(republisher.run()).as("nothing left to republish").isZero();
    }

    @Test
    void newTasksArePositionedAfterEveryTaskOfTheProject() {
        // A template's tasks are created one after the other in one change: each after the one before it.
        UUID templated = UUID.fromString(asPm().contentType(ContentType.JSON)
                .body(Map.of("name", uniqueName("Positioned"), "type", "SYSTEM_UPGRADE", "startDate", "2027-03-01",
                        "templateCode", "SYSTEM_UPGRADE"))
                .post("/api/projects").then().statusCode(201).extract().path("id"));
        // The built-in template has 24 tasks, its five phases included.
        assertThat(positions(templated)).containsExactlyElementsOf(LongStream.rangeClosed(1, 24).boxed().toList());
        task(templated, Map.of("name", "Added later", "durationMinutes", 60));
        assertThat(positions(templated)).containsExactlyElementsOf(LongStream.rangeClosed(1, 25).boxed().toList());

        // After the last task is deleted, the next one still comes after every task left, and no position repeats.
        UUID project = createProject(uniqueName("Positions"));
        String a = task(project, Map.of("name", "A", "durationMinutes", 60));
        task(project, Map.of("name", "B", "durationMinutes", 60));
        String c = task(project, Map.of("name", "C", "durationMinutes", 60));
        assertThat(positions(project)).containsExactly(1L, 2L, 3L);
        deleteTask(project, c);
        task(project, Map.of("name", "D", "durationMinutes", 60));
        deleteTask(project, a);
        task(project, Map.of("name", "E", "durationMinutes", 60));
        assertThat(positions(project)).containsExactly(2L, 3L, 4L);
        assertThat(asPm().get("/api/projects/{p}/tasks", project).then().statusCode(200).extract().jsonPath()
                .getList("items.name", String.class)).containsExactly("B", "D", "E");
        assertAgreesWithFullRecomputation(project, "after deletions and additions");
    }

    /** The stored positions of the project's tasks, in the order the tasks were created. */
    private static List<Long> positions(UUID project) {
        return ProjectsApi.longs("select position from schedule_task where project_id = ? order by created_at, position",
                project);
    }

    private static void deleteTask(UUID project, String taskId) {
        Response got = asPm().get("/api/projects/{p}/tasks/{t}", project, taskId);
        asPm().header("If-Match", got.header("ETag")).delete("/api/projects/{p}/tasks/{t}", project, taskId)
                .then().statusCode(204);
    }

    /** Stored segment rows of the project numbered {@code first} and above, of any version. */
    private static long segmentRowsFrom(UUID project, int first) {
        return ProjectsApi.count("select count(*) from schedule_dates_segment where project_id = ? and segment >= ?",
                project, first);
    }

    private static long segments(UUID project) {
        return ProjectsApi.count("select date_segments from project_schedule where project_id = ?", project);
    }

    private static com.fasterxml.jackson.databind.JsonNode lastVersion(UUID project) {
        long expected = schedule(project).getLong("scheduleVersion");
        List<ConsumerRecord<String, String>> versions = kafka.awaitRecords(Topics.PROJECT_SCHEDULES, r -> project.toString().equals(r.key())
                && r.value() != null && r.value().contains("\"version\":" + expected + ","), 1, Duration.ofSeconds(30));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(versions.get(versions.size() - 1).value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One random edit; edits the rules refuse (a cycle, a summary with subtasks) are part of the sequence too. */
    private static void edit(UUID project, Random random, List<String> taskIds, List<String> linkIds) {
        int op = random.nextInt(9);
        String someTask = taskIds.get(random.nextInt(taskIds.size()));
        switch (op) {
            case 0 -> taskIds.add(task(project, Map.of("name", "Added " + taskIds.size(),
                    "durationMinutes", 240 * random.nextInt(9))));
            case 1, 2 -> {
                String other = taskIds.get(random.nextInt(taskIds.size()));
                Response r = asPm().contentType(ContentType.JSON).body(Map.of("predecessorId", someTask,
                                "successorId", other, "type", List.of("FS", "SS", "FF", "SF").get(random.nextInt(4)),
                                "lag", Map.of("value", 60 * random.nextInt(16), "unit", "WORKING_MINUTES")))
                        .post("/api/projects/{p}/dependencies", project);
                assertThat(r.statusCode()).isIn(201, 400, 409);
                if (r.statusCode() == 201) {
                    linkIds.add(r.path("id"));
                }
            }
            case 3 -> patch(project, someTask, Map.of("durationMinutes", 480 * random.nextInt(6)));
            case 4 -> {
                Map<String, Object> body = new HashMap<>();
                body.put("parentId", random.nextInt(3) == 0 ? null : taskIds.get(random.nextInt(taskIds.size())));
                patch(project, someTask, body);
            }
            case 5 -> patch(project, someTask, Map.of("constraint", Map.of("type", "START_NO_EARLIER_THAN",
                    "date", "2027-03-0" + (1 + random.nextInt(9)) + "T08:00:00")));
            case 6 -> {
                if (!linkIds.isEmpty()) {
                    String link = linkIds.remove(random.nextInt(linkIds.size()));
                    Response got = asPm().get("/api/projects/{p}/dependencies/{d}", project, link);
                    if (got.statusCode() == 200) {
                        asPm().header("If-Match", got.header("ETag"))
                                .delete("/api/projects/{p}/dependencies/{d}", project, link).then().statusCode(204);
                    }
                }
            }
            case 7 -> patch(project, someTask, Map.of("levelingDelay", Map.of("minutes", 240 * random.nextInt(7),
                    "elapsed", random.nextBoolean())));
            default -> {
                Response got = asPm().get("/api/projects/{p}/tasks/{t}", project, someTask);
                int status = asPm().header("If-Match", got.header("ETag"))
                        .delete("/api/projects/{p}/tasks/{t}", project, someTask).statusCode();
                assertThat(status).isIn(204, 409);
                if (status == 204 && taskIds.size() > 1) {
                    taskIds.remove(someTask);
                }
            }
        }
    }

    private static void patch(UUID project, String taskId, Map<String, Object> body) {
        Response got = asPm().get("/api/projects/{p}/tasks/{t}", project, taskId);
        if (got.statusCode() != 200) {
            return;
        }
        int status = asPm().contentType(ContentType.JSON).header("If-Match", got.header("ETag")).body(body)
                .patch("/api/projects/{p}/tasks/{t}", project, taskId).statusCode();
        assertThat(status).as("PATCH %s", body).isIn(200, 400, 409);
    }

    /**
     * An imported plan's levelling delays and splits are stored with its tasks (V13), not only used at the import: a
     * recomputation from the stored rows alone — where an edit on a replica that does not hold the network starts —
     * gives the dates the import computed.
     */
    @Test
    void anImportedPlansLevellingDelaysAndSplitsAreStored() throws Exception {
        for (String name : ScheduleImportTest.LEVELLED_AND_SPLIT.keySet()) {
            UUID project = UUID.fromString(ScheduleImportTest.importFile(
                    java.nio.file.Files.readAllBytes(ScheduleImportTest.behaviourFile(name))));
            assertAgreesWithFullRecomputation(project, name);
        }
    }

    private void assertAgreesWithFullRecomputation(UUID project, String when) {
        Map<UUID, TaskSchedule> full = rescheduler.recomputeFromRows(project);
        JsonPath stored = schedule(project);
        List<Map<String, Object>> tasks = stored.getList("tasks");
        assertThat(tasks).as(when).hasSize(full.size());
        for (Map<String, Object> t : tasks) {
            TaskSchedule expected = full.get(UUID.fromString((String) t.get("id")));
            assertThat(expected).as(when).isNotNull();
            String what = when + ", task " + t.get("name");
            assertThat(t.get("start")).as(what).isEqualTo(minute(expected.start()));
            assertThat(t.get("finish")).as(what).isEqualTo(minute(expected.finish()));
            assertThat(t.get("lateFinish")).as(what).isEqualTo(minute(expected.lateFinish()));
            assertThat(((Number) t.get("totalSlackMinutes")).longValue()).as(what).isEqualTo(expected.totalSlackMinutes());
            assertThat(((Number) t.get("freeSlackMinutes")).longValue()).as(what).isEqualTo(expected.freeSlackMinutes());
            assertThat(t.get("critical")).as(what).isEqualTo(expected.critical());
            assertThat(t.get("wbs")).as(what).isEqualTo(expected.wbs());
        }
    }

    /** A date of the engine's result as the API writes it: to the nearest minute, seconds written as ":00". */
    private static String minute(java.time.LocalDateTime t) {
        java.time.LocalDateTime m = ScheduleDates.Computed.toMinute(t);
        return m.toString() + seconds(m);
    }

    /** LocalDateTime.toString leaves out zero seconds; the API writes them. */
    private static String seconds(java.time.LocalDateTime t) {
        return t.getSecond() == 0 && t.getNano() == 0 ? ":00" : "";
    }

    static void assertConsumerRebuildsTheSchedule(KafkaTestClient kafka, UUID project) {
        JsonPath producer = schedule(project);
        long version = producer.getLong("scheduleVersion");
        ScheduleAssembler assembler = new ScheduleAssembler();
        kafka.awaitRecords(Topics.PROJECT_SCHEDULES, r -> project.toString().equals(r.key())
                && r.value() != null && r.value().contains("\"version\":" + version + ","), 1, Duration.ofSeconds(60));
        for (ConsumerRecord<String, String> r : kafka.readAll(Topics.PROJECT_SCHEDULES)) {
            assembler.accept(r.key(), header(r, "ce_type"), r.value());
        }
        ScheduleAssembler.Schedule rebuilt = assembler.complete(project).orElseThrow();
        assertThat(rebuilt.version()).isEqualTo(version);
        // Segments are stored by version until a later one is published: once the relay has published the last
        // version, each segment has only its row of that version left.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ProjectsApi.count(
                "select count(*) from schedule_dates_segment where project_id = ?", project))
                .isEqualTo(segments(project)));
        List<Map<String, Object>> tasks = producer.getList("tasks");
        assertThat(rebuilt.tasks()).hasSize(tasks.size());
        for (Map<String, Object> t : tasks) {
            UUID id = UUID.fromString((String) t.get("id"));
            ScheduleTask r = rebuilt.tasks().get(id);
            assertThat(r).as("task %s in the rebuilt schedule", t.get("name")).isNotNull();
            assertThat(r.name()).isEqualTo(t.get("name"));
            ScheduleDates.Computed c = rebuilt.computed().get(id);
            assertThat(c).as("computed values of task %s in the rebuilt schedule", t.get("name")).isNotNull();
            assertThat(c.start().toString() + seconds(c.start())).isEqualTo(t.get("start"));
            assertThat(c.finish().toString() + seconds(c.finish())).isEqualTo(t.get("finish"));
            assertThat(c.lateFinish().toString() + seconds(c.lateFinish())).isEqualTo(t.get("lateFinish"));
            assertThat(c.totalSlackMinutes()).isEqualTo(((Number) t.get("totalSlackMinutes")).longValue());
            assertThat(c.freeSlackMinutes()).isEqualTo(((Number) t.get("freeSlackMinutes")).longValue());
            assertThat(c.critical()).isEqualTo(t.get("critical"));
            assertThat(c.wbs()).isEqualTo(t.get("wbs"));
        }
        JsonPath links = asPm().get("/api/projects/{p}/dependencies?size=200", project).then()
                .statusCode(200).extract().jsonPath();
        assertThat(rebuilt.links()).hasSize(links.getInt("totalItems"));
        assertThat(rebuilt.links().keySet()).containsAll(links.getList("items.id", String.class).stream()
                .map(UUID::fromString).toList());
        assertThat(rebuilt.header().start().toString() + seconds(rebuilt.header().start()))
                .isEqualTo(producer.getString("start"));
        assertThat(rebuilt.header().finish().toString() + seconds(rebuilt.header().finish()))
                .isEqualTo(producer.getString("finish"));
    }
}
