package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.WorkContour;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.reader.UniversalProjectReader;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.testing.KafkaTestClient.header;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.assertj.core.api.Assertions.assertThat;

/** An imported plan's assignments are announced with the resources named as the file names them. */
@QuarkusTest
class AssignmentsImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(GantryTestResources.kafka());
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** Two tasks; Aisha (with an email address) on both, half-time on the second; a contractor on the first. */
    static byte[] plan() throws Exception {
        ProjectFile file = file();
        Resource aisha = file.addResource();
        aisha.setName("Aisha Khan");
        aisha.setEmailAddress("aisha.khan@example.com");
        Resource contractor = file.addResource();
        contractor.setName("Network contractor");
        Task migrate = task(file, "Migrate the ERP database", 5, 1);
        Task cutover = task(file, "Cut over", 2, 8);
        assign(migrate, aisha, 100, 40);
        assign(migrate, contractor, 100, 40);
        assign(cutover, aisha, 50, 8);
        return mspdi(file);
    }

    /** An empty plan on the default calendar, from Monday 1 March 2027. */
    private static ProjectFile file() {
        ProjectFile file = new ProjectFile();
        file.addDefaultBaseCalendar();
        file.getProjectProperties().setStartDate(LocalDateTime.of(2027, 3, 1, 8, 0));
        return file;
    }

    /** A task of {@code days} working days starting on the given day of March 2027, under {@code parent}. */
    private static Task task(org.mpxj.ChildTaskContainer parent, String name, double days, int dayOfMarch) {
        Task t = parent.addTask();
        t.setName(name);
        t.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
        t.setStart(LocalDateTime.of(2027, 3, dayOfMarch, 8, 0));
        return t;
    }

    /** The project's MSPDI export. */
    private static byte[] export(UUID project) {
        return asPm().queryParam("format", "mspdi").get("/api/projects/{p}/export", project).then()
                .statusCode(200).extract().asByteArray();
    }

    private static ProjectFile read(byte[] file) throws Exception {
        return new UniversalProjectReader().read(new java.io.ByteArrayInputStream(file));
    }

    private static byte[] mspdi(ProjectFile file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MSPDIWriter().write(file, out);
        return out.toByteArray();
    }

    private static ResourceAssignment assign(Task task, Resource resource, int units, int hours) {
        ResourceAssignment a = task.addResourceAssignment(resource);
        a.setUnits(units);
        a.setWork(Duration.getInstance(hours, TimeUnit.HOURS));
        return a;
    }

    @Test
    void theFilesAssignmentsAreAnnouncedWithTheResourcesNames() throws Exception {
        String project = ScheduleImportTest.importFile(plan());
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.equals(r.key()) && "dev.gantry.project.assignments-imported.v1".equals(header(r, "ce_type")),
                1, java.time.Duration.ofSeconds(30));
        JsonNode event = JSON.readTree(records.get(0).value());
        assertThat(event.get("page").asInt()).isEqualTo(1);
        assertThat(event.get("pageCount").asInt()).isEqualTo(1);
        JsonNode assignments = event.get("assignments");
        assertThat(assignments).hasSize(3);
        List<String> seen = new java.util.ArrayList<>();
        for (JsonNode a : assignments) {
            seen.add(a.get("taskName").asText() + " / " + a.get("resourceName").asText() + " / "
                    + (a.has("resourceEmail") ? a.get("resourceEmail").asText() : "-") + " / "
                    + a.get("units").decimalValue().stripTrailingZeros().toPlainString() + "% / "
                    + a.get("workMinutes").asLong());
        }
        assertThat(seen).containsExactlyInAnyOrder(
                "Migrate the ERP database / Aisha Khan / aisha.khan@example.com / 100% / 2400",
                "Migrate the ERP database / Network contractor / - / 100% / 2400",
                "Cut over / Aisha Khan / aisha.khan@example.com / 50% / 480");
    }

    @Test
    void aWorkContourStretchesItsTaskIsSetThroughTheApiAndTravelsWithTheRecordAndTheExport() throws Exception {
        // 40 hours of work at 100 % with a turtle contour, from Monday 1 March 2027: 2,400 / 0.7 = 3,428.6 working
        // minutes, seven days and 69 minutes, where flat work would take five days.
        ProjectFile file = file();
        Resource dba = file.addResource();
        dba.setName("Database administrator");
        Task task = task(file, "Tune the database", 5, 1);
        assign(task, dba, 100, 40).setWorkContour(WorkContour.TURTLE);
        UUID project = UUID.fromString(ScheduleImportTest.importFile(mspdi(file)));

        String taskId = (String) taskNamed(project.toString(), "Tune the database").get("id");
        String path = "/api/projects/{p}/tasks/{t}";
        String resource = asPm().get(path, project, taskId).then().statusCode(200)
                .body("workAssignments", hasSize(1))
                .body("workAssignments[0].contour", equalTo("TURTLE"))
                .body("workAssignments[0].workMinutes", equalTo(2400))
                .body("schedule.finish", equalTo("2027-03-10T09:09:00"))
                .extract().path("workAssignments[0].resourceId");

        // Bad changes are refused, name what is wrong and change nothing.
        String etag = asPm().get(path, project, taskId).then().extract().header("ETag");
        patch(project, taskId, etag, Map.of("workContours", List.of(Map.of("resourceId", "no-such", "contour", "BELL"))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/workContours/0/resourceId"));
        // The pointer names the element as sent, repeats of a resource included.
        patch(project, taskId, etag, Map.of("workContours", List.of(Map.of("resourceId", resource, "contour", "BELL"),
                Map.of("resourceId", resource, "contour", "FLAT"), Map.of("resourceId", "no-such", "contour", "BELL"))))
                .statusCode(400).body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/workContours/2/resourceId"));
        patch(project, taskId, etag, Map.of("workContours", List.of(Map.of("resourceId", resource, "contour", "ZIGZAG"))))
                .statusCode(400).contentType("application/problem+json");
        patch(project, taskId, etag, Map.of("workContours", List.of(Map.of("resourceId", resource))))
                .statusCode(400).contentType("application/problem+json");
        Map<String, Object> clear = new HashMap<>();
        clear.put("workContours", null);
        patch(project, taskId, etag, clear).statusCode(400).contentType("application/problem+json");
        assertThat(asPm().get(path, project, taskId).then().extract().header("ETag")).isEqualTo(etag);

        // A bell contour: 500 of 1,000, so ten days.
        patch(project, taskId, etag, Map.of("workContours", List.of(Map.of("resourceId", resource, "contour", "BELL"))))
                .statusCode(200);
        asPm().get(path, project, taskId).then().body("workAssignments[0].contour", equalTo("BELL"))
                .body("schedule.finish", equalTo("2027-03-12T17:00:00"));

        // Each version of the task's record carries the contour it had (absent when flat).
        List<JsonNode> records = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> r : kafka.awaitRecords(Topics.PROJECT_SCHEDULES,
                r -> (project + "/task/" + taskId).equals(r.key()), 2, java.time.Duration.ofSeconds(30))) {
            records.add(JSON.readTree(r.value()));
        }
        assertThat(records).extracting(r -> r.path("assignments").path(0).path("contour").asText())
                .containsExactly("TURTLE", "BELL");

        // The export writes it: MS Project reads a bell contour, and the plan imported back has the same dates.
        byte[] exported = export(project);
        ProjectFile read = read(exported);
        assertThat(read.getResourceAssignments()).extracting(ResourceAssignment::getWorkContour)
                .containsExactly(WorkContour.BELL);
        assertThat(finishOf(taskNamed(ScheduleImportTest.importFile(exported), "Tune the database")))
                .isEqualTo("2027-03-12T17:00:00");
    }

    @Test
    void anAssignmentLevellingLeftLaterHoldsItsTaskAndTravelsWithTheRecordAndTheExport() throws Exception {
        // Two days of a developer's work and one day of a tester's, whom levelling left three working days after the
        // task's start (Monday 1 March 2027): the task runs until Thursday evening instead of Tuesday evening.
        ProjectFile file = file();
        Resource developer = file.addResource();
        developer.setName("Developer");
        Resource tester = file.addResource();
        tester.setName("Tester");
        Task task = task(file, "Build and test the interface", 2, 1);
        assign(task, developer, 100, 16);
        assign(task, tester, 100, 8).setLevelingDelay(Duration.getInstance(3, TimeUnit.DAYS));
        UUID project = UUID.fromString(ScheduleImportTest.importFile(mspdi(file)));

        String taskId = (String) taskNamed(project.toString(), "Build and test the interface").get("id");
        asPm().get("/api/projects/{p}/tasks/{t}", project, taskId).then().statusCode(200)
                .body("workAssignments.delayMinutes", containsInAnyOrder(0, 1440))
                .body("schedule.start", equalTo("2027-03-01T08:00:00"))
                .body("schedule.finish", equalTo("2027-03-04T17:00:00"));

        // The announcement of the file's assignments carries it, for resources-service's load.
        JsonNode announced = JSON.readTree(kafka.awaitRecords(Topics.PROJECTS, r -> project.toString().equals(r.key())
                && "dev.gantry.project.assignments-imported.v1".equals(header(r, "ce_type")), 1,
                java.time.Duration.ofSeconds(30)).get(0).value());
        List<String> announcedDelays = new java.util.ArrayList<>();
        announced.path("assignments").forEach(a -> announcedDelays.add(a.path("delayMinutes").asText("-")));
        assertThat(announcedDelays).containsExactlyInAnyOrder("-", "1440");

        // The task's record carries the delay (absent on the assignment that starts with the task).
        ConsumerRecord<String, String> record = kafka.awaitRecords(Topics.PROJECT_SCHEDULES,
                r -> (project + "/task/" + taskId).equals(r.key()), 1, java.time.Duration.ofSeconds(30)).get(0);
        List<String> delays = new java.util.ArrayList<>();
        JSON.readTree(record.value()).path("assignments").forEach(a -> delays.add(a.path("delayMinutes").asText("-")));
        assertThat(delays).containsExactlyInAnyOrder("-", "1440");

        // The export writes it as the assignment's levelling delay, and the plan imported back has the same dates.
        byte[] exported = export(project);
        ProjectFile read = read(exported);
        assertThat(read.getResourceAssignments()).extracting(a -> a.getLevelingDelay() == null ? 0.0
                        : a.getLevelingDelay().convertUnits(TimeUnit.DAYS, read.getProjectProperties()).getDuration())
                .containsExactlyInAnyOrder(0.0, 3.0);
        assertThat(finishOf(taskNamed(ScheduleImportTest.importFile(exported), "Build and test the interface")))
                .isEqualTo("2027-03-04T17:00:00");
    }

    @Test
    void fractionsOfAMinuteAddUpAlongAChainAndTheImportSaysWhatItRounded() throws Exception {
        // Three tasks in a chain, each 40 hours of a consultant's work at 70 %: 2,400 / 0.7 = 3,428.571 working minutes
        // each, 10,285.714 in all, so from Monday 1 March 2027 08:00 to Tuesday 30 March at 11:25:43, 11:26 to the
        // minute. Rounding each task to a whole minute (3,429) would finish at 11:27. A fourth task lasts 0.23 days
        // (110.4 minutes): stored in whole minutes, which the import's warnings say.
        ProjectFile file = file();
        Resource consultant = file.addResource();
        consultant.setName("Consultant");
        Task previous = null;
        for (String name : List.of("Assess", "Design", "Document")) {
            Task task = task(file, name, 5, 1);
            assign(task, consultant, 70, 40);
            if (previous != null) {
                task.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(previous)
                        .type(org.mpxj.RelationType.FINISH_START));
            }
            previous = task;
        }
        Task check = task(file, "Check", 0.23, 1);

        io.restassured.path.json.JsonPath response = asPm().contentType("application/octet-stream").body(mspdi(file))
                .post("/api/projects/import").then().statusCode(201).extract().jsonPath();
        assertThat(response.getList("warnings", String.class))
                .containsExactly("1 durations or amounts of work have a fraction of a minute: kept to the nearest minute"
                        + " (Gantry stores whole minutes)");
        String project = response.getString("projectId");
        assertThat(finishOf(taskNamed(project, "Assess"))).isEqualTo("2027-03-10T09:09:00");
        assertThat(finishOf(taskNamed(project, "Document"))).isEqualTo("2027-03-30T11:26:00");
        assertThat(finishOf(taskNamed(project, "Check"))).isEqualTo("2027-03-01T09:50:00");
    }

    @Test
    void aBlankManualRowOfTheFileIsLeftOutOfItsSummarysRollUpUntilItIsNamed() throws Exception {
        // Under "Roll-out": two days of work from Monday 1 March 2027, and a manually scheduled row without a name that
        // someone dated on Monday 8 March. MS Project rolls the summary up from the named task only.
        ProjectFile file = file();
        Task phase = file.addTask();
        phase.setName("Roll-out");
        Task work = task(phase, "Install the switches", 2, 1);
        Task blank = phase.addTask();
        blank.setTaskMode(org.mpxj.TaskMode.MANUALLY_SCHEDULED);
        blank.setStart(LocalDateTime.of(2027, 3, 8, 8, 0));
        blank.setFinish(LocalDateTime.of(2027, 3, 8, 17, 0));
        blank.setDuration(Duration.getInstance(1, TimeUnit.DAYS));
        UUID project = UUID.fromString(ScheduleImportTest.importFile(mspdi(file)));

        Map<String, Object> row = taskNamed(project.toString(), "Task " + blank.getUniqueID());
        assertThat(row.get("blankRow")).isEqualTo(true);
        assertThat(((Map<?, ?>) row.get("schedule")).get("start")).isEqualTo("2027-03-08T08:00:00");
        assertThat(finishOf(taskNamed(project.toString(), "Roll-out"))).isEqualTo("2027-03-02T17:00:00");
        asPm().get("/api/projects/{p}/schedule", project).then().statusCode(200)
                .body("finish", equalTo("2027-03-02T17:00:00"));
        assertThat(taskNamed(project.toString(), "Install the switches").get("blankRow")).isEqualTo(false);

        // Its record says so, for consumers that schedule the network themselves.
        String rowId = (String) row.get("id");
        ConsumerRecord<String, String> record = kafka.awaitRecords(Topics.PROJECT_SCHEDULES,
                r -> (project + "/task/" + rowId).equals(r.key()), 1, java.time.Duration.ofSeconds(30)).get(0);
        assertThat(JSON.readTree(record.value()).path("blankRow").asBoolean()).isTrue();

        // The export leaves it nameless, as the file had it.
        byte[] exported = export(project);
        ProjectFile read = read(exported);
        assertThat(read.getTasks()).filteredOn(t -> t.getStart() != null && t.getStart().getDayOfMonth() == 8
                && t.getTaskMode() == org.mpxj.TaskMode.MANUALLY_SCHEDULED).extracting(Task::getName).containsExactly((String) null);

        // Named, it is an ordinary task and the summary takes its dates.
        String etag = asPm().get("/api/projects/{p}/tasks/{t}", project, rowId).then().extract().header("ETag");
        patch(project, rowId, etag, Map.of("name", "Acceptance walk-through"))
                .statusCode(200).body("blankRow", equalTo(false));
        assertThat(finishOf(taskNamed(project.toString(), "Roll-out"))).isEqualTo("2027-03-08T17:00:00");
    }

    private static Map<String, Object> taskNamed(String project, String name) {
        return asPm().get("/api/projects/{p}/tasks?size=10", project).then().statusCode(200)
                .extract().jsonPath().getMap("items.find { it.name == '" + name + "' }");
    }

    private static Object finishOf(Map<String, Object> task) {
        return ((Map<?, ?>) task.get("schedule")).get("finish");
    }

    private static io.restassured.response.ValidatableResponse patch(UUID project, String task, String etag,
                                                                     Map<String, Object> body) {
        return asPm().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .patch("/api/projects/{p}/tasks/{t}", project, task).then();
    }
}
