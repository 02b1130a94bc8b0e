package dev.gantry.projects;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.reader.UniversalProjectReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.outboxRows;
import static dev.gantry.projects.ProjectsApi.projectRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/**
 * MS Project files imported through the API: Gantry's schedule (read back through GET /schedule) must agree with
 * the dates MS Project stored in each file of ../shared/oracles/msproject, every task of every file compared (the
 * counts are asserted); exports import back to the same plan; each kind of file the import refuses gets its own
 * problem and creates nothing.
 */
@QuarkusTest
class ScheduleImportTest {

    /**
     * Files where MPXJ's scheduler differs from MS Project (MANIFEST: PARTIAL or MISMATCH_ALL) but the engine agrees
     * exactly (GANTRY_ALSO_EXACT of libs/scheduling-mpxj's MsProjectOracleTest): the import must agree exactly too.
     */
    static final java.util.Set<String> GANTRY_ALSO_EXACT = java.util.Set.of(
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__ReadGroupDefinitionData.mpp",
            "aspose-tasks__Aspose.Tasks-for-Java__Examples__src__main__resources__com__aspose__tasks__examples__Projects__PrintPagesToSeparateImage__CustomerFeedback.mpp",
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__Software_Development.mpp",
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__Software_Development_Plan-1.mpp",
            "mpxj__slack9.mpp");

    /**
     * Files of the oracles' behaviours folder whose dates come from levelling already in the plan and from splits,
     * with their leaf tasks: the engine reproduces them exactly (libs/scheduling-mpxj's BehaviourOracleTest), and so
     * must the import.
     */
    static final Map<String, Integer> LEVELLED_AND_SPLIT = Map.of(
            "mpxj__mpp14barstyle.mpp", 6,
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__SplitTaskFinishDate.mpp", 8,
            "mpxj__mpp14splittask.mpp", 2);

    static Path behaviourFile(String name) {
        Path file = MsProjectOracles.directory().resolve("behaviours").resolve(name);
        assertThat(file).as("oracle file").isRegularFile();
        return file;
    }

    static String importFile(byte[] content) {
        return asPm().contentType("application/octet-stream").body(content).post("/api/projects/import").then()
                .statusCode(201).header("Location", containsString("/api/projects/")).extract().path("projectId");
    }

    @TestFactory
    Stream<DynamicTest> everyOracleFileImportedThroughTheApiGetsMsProjectsDates() throws IOException {
        Path dir = MsProjectOracles.directory();
        Map<String, MsProjectOracles.Entry> manifest = MsProjectOracles.manifest(dir);
        Totals totals = new Totals();
        Stream<DynamicTest> perFile = MsProjectOracles.schedules(dir, manifest).stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                        () -> compare(f, manifest.get(f.getFileName().toString()), totals,
                                "MATCH".equals(manifest.get(f.getFileName().toString()).mpxjVerdict())
                                        || GANTRY_ALSO_EXACT.contains(f.getFileName().toString()))));
        DynamicTest all = DynamicTest.dynamicTest("every file and every task compared", () -> {
            assertThat(totals.files).as("files compared").isEqualTo(MsProjectOracles.FILES);
            assertThat(totals.leaves).as("leaf tasks compared").isEqualTo(MsProjectOracles.LEAF_TASKS);
            assertThat(totals.tasks).as("tasks compared, summary tasks included").isEqualTo(MsProjectOracles.TASKS);
        });
        return Stream.concat(perFile, Stream.of(all));
    }

    /** What the file tests compared, summed for the last test (dynamic tests of a factory run in order). */
    private static final class Totals {
        int files;
        int tasks;
        int leaves;
    }

    @Test
    void importedLevellingDelaysAndSplitsGiveMsProjectsDates() throws Exception {
        Map<String, MsProjectOracles.Entry> manifest = MsProjectOracles.manifest(
                MsProjectOracles.directory().resolve("behaviours"));
        Totals totals = new Totals();
        for (Map.Entry<String, Integer> file : LEVELLED_AND_SPLIT.entrySet()) {
            MsProjectOracles.Entry entry = manifest.get(file.getKey());
            assertThat(entry.leafTasks()).as("leaf tasks of %s", file.getKey()).isEqualTo(file.getValue());
            compare(behaviourFile(file.getKey()), entry, totals, true);
        }
        assertThat(totals.leaves).as("leaf tasks compared").isEqualTo(16);
    }

    /** Compares the imported schedule with MS Project's; {@code exact}: the file must agree on every date. */
    private void compare(Path file, MsProjectOracles.Entry entry, Totals totals, boolean exact) throws Exception {
        String verdict = entry.mpxjVerdict();
        ProjectFile expected = new UniversalProjectReader().read(file.toFile());
        String projectId = importFile(Files.readAllBytes(file));
        JsonPath schedule = asPm().get("/api/projects/{p}/schedule", projectId).then().statusCode(200)
                .extract().jsonPath();
        Map<Integer, Map<String, Object>> byExternalId = new HashMap<>();
        for (Map<String, Object> t : schedule.<Map<String, Object>>getList("tasks")) {
            if (t.get("externalId") != null) {
                byExternalId.put((Integer) t.get("externalId"), t);
            }
        }
        int compared = 0;
        int leaves = 0;
        List<Integer> missing = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        int differing = 0;
        for (Task t : expected.getTasks()) {
            if (!isCompared(t)) {
                continue;
            }
            Map<String, Object> mine = byExternalId.get(t.getUniqueID());
            if (mine == null) {
                missing.add(t.getUniqueID());
                continue;
            }
            compared++;
            if (!t.getSummary()) {
                leaves++;
            }
            ProjectCalendar calendar = t.getEffectiveCalendar();
            List<String> here = new ArrayList<>();
            date(here, t, calendar, "start", t.getStart(), mine.get("start"));
            date(here, t, calendar, "finish", t.getFinish(), mine.get("finish"));
            date(here, t, calendar, "earlyStart", t.getEarlyStart(), mine.get("earlyStart"));
            date(here, t, calendar, "earlyFinish", t.getEarlyFinish(), mine.get("earlyFinish"));
            date(here, t, calendar, "lateStart", t.getLateStart(), mine.get("lateStart"));
            date(here, t, calendar, "lateFinish", t.getLateFinish(), mine.get("lateFinish"));
            Duration slack = t.getTotalSlack();
            if (slack != null) {
                long expectedMinutes = Math.round(slack.convertUnits(slack.getUnits().isElapsed()
                        ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES, expected.getProjectProperties()).getDuration());
                long actual = ((Number) mine.get("totalSlackMinutes")).longValue();
                if (expectedMinutes != actual) {
                    here.add("task " + t.getUniqueID() + " totalSlack: MS Project " + expectedMinutes + ", Gantry " + actual);
                }
            }
            if (!here.isEmpty()) {
                differing++;
                differences.addAll(here);
            }
        }
        totals.files++;
        totals.tasks += compared;
        totals.leaves += leaves;
        System.out.printf("ORACLE-API %-14s %s: %d tasks compared (%d leaf) / %d differing / first difference: %s%n",
                "[" + verdict + "]", file.getFileName(), compared, leaves, differing,
                differences.isEmpty() ? "none" : differences.get(0));
        assertThat(missing).as("tasks of %s missing from the imported schedule", file.getFileName()).isEmpty();
        assertThat(leaves).as("leaf tasks of %s compared (MANIFEST leafTasks)", file.getFileName())
                .isEqualTo(entry.leafTasks());
        if (exact) {
            assertThat(differences).as("differences from MS Project in %s", file.getFileName()).isEmpty();
        }
    }

    private static void date(List<String> out, Task t, ProjectCalendar calendar, String field, LocalDateTime expected,
                             Object actualText) {
        if (expected == null) {
            return;
        }
        if (actualText == null) {
            out.add("task " + t.getUniqueID() + " " + field + ": MS Project " + expected + ", Gantry none");
            return;
        }
        LocalDateTime actual = LocalDateTime.parse(actualText.toString());
        if (expected.isEqual(actual)) {
            return;
        }
        double work = Math.abs(calendar.getWork(expected, actual, TimeUnit.MINUTES).getDuration());
        if (work >= 1) {
            out.add("task " + t.getUniqueID() + " '" + t.getName() + "' " + field + ": MS Project " + expected
                    + ", Gantry " + actual);
        }
    }

    @Test
    void aPlanThatSplitsInProgressTasksMovesWorkReportedOutOfSequenceAndSaysSoOnItsRecords() throws Exception {
        // "Build" (five days from Monday 1 March 2027, 40 % done) is still running; "Test" (two days, after it) was
        // started on Tuesday anyway and is half done. MS Project's "Split in-progress tasks" is on in the file.
        ProjectFile file = new ProjectFile();
        file.addDefaultBaseCalendar();
        file.getProjectProperties().setStartDate(LocalDateTime.of(2027, 3, 1, 8, 0));
        file.getProjectProperties().setSplitInProgressTasks(Boolean.TRUE);
        Task build = file.addTask();
        build.setName("Build");
        build.setDuration(Duration.getInstance(5, TimeUnit.DAYS));
        build.setActualStart(LocalDateTime.of(2027, 3, 1, 8, 0));
        build.setPercentageComplete(40);
        Task test = file.addTask();
        test.setName("Test");
        test.setDuration(Duration.getInstance(2, TimeUnit.DAYS));
        test.setActualStart(LocalDateTime.of(2027, 3, 2, 8, 0));
        test.setPercentageComplete(50);
        test.addPredecessor(new Relation.Builder().predecessorTask(build));
        ByteArrayOutputStream mspdi = new ByteArrayOutputStream();
        new MSPDIWriter().write(file, mspdi);
        String project = importFile(mspdi.toByteArray());

        // The day left of "Test" resumes after "Build" finishes on Friday: it finishes on Monday 8 March.
        JsonPath schedule = asPm().get("/api/projects/{p}/schedule", project).then().statusCode(200).extract().jsonPath();
        assertThat(schedule.getString("tasks.find { it.name == 'Build' }.finish")).isEqualTo("2027-03-05T17:00:00");
        assertThat(schedule.getString("tasks.find { it.name == 'Test' }.start")).isEqualTo("2027-03-02T08:00:00");
        assertThat(schedule.getString("tasks.find { it.name == 'Test' }.finish")).isEqualTo("2027-03-08T17:00:00");

        // The version marker says so, for consumers that schedule the network themselves; the export keeps it.
        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            String version = kafka.awaitRecords(Topics.PROJECT_SCHEDULES,
                    r -> project.equals(r.key()), 1, java.time.Duration.ofSeconds(30)).get(0).value();
            assertThat(new ObjectMapper().readTree(version).path("splitInProgressTasks")
                    .asBoolean()).isTrue();
        }
        byte[] exported = asPm().queryParam("format", "mspdi").get("/api/projects/{p}/export", project).then()
                .statusCode(200).extract().asByteArray();
        assertThat(new UniversalProjectReader().read(new ByteArrayInputStream(exported)).getProjectProperties()
                .getSplitInProgressTasks()).isTrue();
    }

    @Test
    void anExportImportsBackToTheSamePlan() throws Exception {
        Path file = MsProjectOracles.file(RESIDENTIAL_CONSTRUCTION);
        int tasksInFile = tasksToCompare(new UniversalProjectReader().read(file.toFile()));
        String first = importFile(Files.readAllBytes(file));

        byte[] exported = asPm().queryParam("format", "mspdi").get("/api/projects/{p}/export", first).then()
                .statusCode(200).contentType(startsWith("application/xml"))
                .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
        assertThat(new String(exported, 0, 200, StandardCharsets.UTF_8)).contains("<Project");
        String second = importFile(exported);

        JsonPath a = asPm().get("/api/projects/{p}/schedule", first).then().extract().jsonPath();
        JsonPath b = asPm().get("/api/projects/{p}/schedule", second).then().extract().jsonPath();
        assertThat(b.getString("start")).isEqualTo(a.getString("start"));
        assertThat(b.getString("finish")).isEqualTo(a.getString("finish"));
        List<Map<String, Object>> tasksA = a.getList("tasks");
        List<Map<String, Object>> tasksB = b.getList("tasks");
        assertThat(tasksA).as("tasks imported from the file").hasSize(tasksInFile);
        assertThat(tasksB).as("tasks imported from the export").hasSize(tasksInFile);
        Map<Object, Map<String, Object>> byExternal = new HashMap<>();
        tasksB.forEach(t -> byExternal.put(t.get("externalId"), t));
        for (Map<String, Object> t : tasksA) {
            Map<String, Object> other = byExternal.get(t.get("externalId"));
            assertThat(other).as("task %s after the round trip", t.get("externalId")).isNotNull();
            for (String field : List.of("name", "start", "finish", "lateFinish", "totalSlackMinutes", "critical",
                    "summary", "milestone", "outlineLevel")) {
                assertThat(other.get(field)).as("%s of task %s", field, t.get("externalId")).isEqualTo(t.get(field));
            }
        }
        asPm().queryParam("format", "pdf").get("/api/projects/{p}/export", first).then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** A file the import refuses: what it is, how it is sent, and the problem it gets. */
    record Refused(String what, String contentType, byte[] content, int status, String type,
                   Matcher<String> detail) {

        @Override
        public String toString() {
            return what;
        }
    }

    private static final String RESIDENTIAL_CONSTRUCTION =
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__Residential_Construction.mpp";
    /** The import names the tasks of a refused plan by the ids it gave them; they are random. */
    private static final String ID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String NOT_A_PROJECT_FORMAT = "The file is not in a project format Gantry can read (MS Project"
            + " .mpp or XML, Primavera XER or PMXML, ProjectLibre, Phoenix, and others that MPXJ reads)";

    /** Every kind of file the import refuses, each with the exact problem it answers. */
    static List<Refused> refusedFiles() throws IOException {
        byte[] mpp = Files.readAllBytes(MsProjectOracles.file(RESIDENTIAL_CONSTRUCTION));
        byte[] mspdi = Files.readAllBytes(MsProjectOracles.file("mpxj__legacy__sample.xml"));
        String relations = Files.readString(MsProjectOracles.file("mpxj__mspdirelations.xml"));
        return List.of(
                new Refused("an empty file", "application/octet-stream", new byte[0],
                        400, "validation", equalTo("the file is empty")),
                new Refused("an MSPDI file cut in half", "application/xml", Arrays.copyOf(mspdi, mspdi.length / 2),
                        400, "validation", equalTo("the file cannot be read as a project: Failed to parse file")),
                // A plan the engine cannot compute is a conflict, as an edit that would make one is (ScheduleApiTest).
                new Refused("an MSPDI file whose links form a cycle", "application/xml",
                        withLink(relations, 2, 1).getBytes(StandardCharsets.UTF_8),
                        409, "conflict", matchesPattern("The dependencies would form a cycle: 'Task 2' \\(" + ID_PATTERN
                        + "\\) → 'Task 1' \\(" + ID_PATTERN + "\\)")),
                new Refused("an MSPDI file with a task linked to itself", "application/xml",
                        withLink(relations, 2, 2).getBytes(StandardCharsets.UTF_8),
                        409, "conflict", matchesPattern("SELF_DEPENDENCY: Task '(" + ID_PATTERN + ")' depends on itself;"
                        + " tasks: 'Task 2' \\(\\1\\)")),
                // MPXJ recognises no format in a truncated file, so it is refused as an unknown format.
                new Refused("an .mpp file cut in half", "application/vnd.ms-project", Arrays.copyOf(mpp, mpp.length / 2),
                        415, "unsupported-media-type", equalTo(NOT_A_PROJECT_FORMAT)),
                new Refused("the start of an MSPDI file", "application/xml",
                        "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>"
                                .getBytes(StandardCharsets.UTF_8),
                        415, "unsupported-media-type", equalTo(NOT_A_PROJECT_FORMAT)),
                new Refused("a text file", "application/octet-stream",
                        "this is not a project plan".getBytes(StandardCharsets.UTF_8),
                        415, "unsupported-media-type", equalTo(NOT_A_PROJECT_FORMAT)));
    }

    /** The MSPDI file with one more finish-to-start link, from UniqueID {@code predecessor} to {@code successor}. */
    private static String withLink(String mspdi, int predecessor, int successor) {
        int task = mspdi.indexOf("<UID>" + successor + "</UID>", mspdi.indexOf("<Tasks>"));
        int end = mspdi.indexOf("</Task>", task);
        return mspdi.substring(0, end) + "<PredecessorLink><PredecessorUID>" + predecessor + "</PredecessorUID>"
                + "<Type>1</Type><CrossProject>0</CrossProject><LinkLag>0</LinkLag><LagFormat>7</LagFormat>"
                + "</PredecessorLink>" + mspdi.substring(end);
    }

    @TestFactory
    Stream<DynamicTest> everyRefusedFileGetsItsProblemAndCreatesNothing() throws IOException {
        return refusedFiles().stream().map(refused -> DynamicTest.dynamicTest(refused.what(), () -> {
            long projects = projectRows();
            long events = outboxRows();
            asPm().contentType(refused.contentType()).body(refused.content()).post("/api/projects/import").then()
                    .statusCode(refused.status())
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://gantry.dev/problems/" + refused.type()))
                    .body("status", equalTo(refused.status()))
                    .body("detail", refused.detail());
            assertThat(projectRows()).as("projects after refusing %s", refused).isEqualTo(projects);
            assertThat(outboxRows()).as("events after refusing %s", refused).isEqualTo(events);
        }));
    }

    @Test
    void otherMediaTypesOversizedFilesAndMembersAreRefusedAndCreateNothing() {
        long before = projectRows();
        asPm().contentType("application/json").body("{}").post("/api/projects/import").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gantry.dev/problems/unsupported-media-type"))
                .body("detail", equalTo("Send the file as application/octet-stream, application/vnd.ms-project,"
                        + " application/xml or multipart/form-data (part 'file')"));
        asPm().contentType("application/octet-stream").body(new byte[8 * 1024 * 1024 + 1]).post("/api/projects/import")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("The body is larger than the limit of 8388608 bytes"));
        as("dev", "member").contentType("application/octet-stream").body(new byte[]{1, 2, 3})
                .post("/api/projects/import").then().statusCode(403).body("status", equalTo(403));
        assertThat(projectRows()).isEqualTo(before);
    }

    /** The tasks of a file that are compared: all but the project summary (ID 0) and blank rows. */
    static boolean isCompared(Task t) {
        return t.getUniqueID() != null && !t.getNull() && (t.getID() == null || t.getID() != 0)
                && (t.getName() != null || t.getStart() != null);
    }

    static int tasksToCompare(ProjectFile file) {
        return (int) file.getTasks().stream().filter(ScheduleImportTest::isCompared).count();
    }
}
