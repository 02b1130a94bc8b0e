package dev.gantry.projects;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.projectRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * MS Project files imported through the API: Gantry's schedule (read back through GET /schedule) must agree with
 * the dates MS Project stored in each file of ../shared/oracles/msproject; exports import back to the same plan.
 */
@QuarkusTest
class ScheduleImportTest {

    /**
     * Files where MPXJ's scheduler differs from MS Project (MANIFEST: PARTIAL or MISMATCH_ALL) but the engine agrees
     * exactly (GANTRY_ALSO_EXACT of libs/scheduling-mpxj's MsProjectOracleTest): the import must agree exactly too.
     */
    static final java.util.Set<String> GANTRY_ALSO_EXACT = java.util.Set.of(
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__ReadGroupDefinitionData.mpp",
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__Software_Development.mpp",
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__Software_Development_Plan-1.mpp",
            "mpxj__slack9.mpp");

    static Optional<Path> oracleDirectory() {
        String root = System.getProperty("maven.multiModuleProjectDirectory");
        List<Path> starts = new ArrayList<>();
        if (root != null) {
            starts.add(Path.of(root).toAbsolutePath());
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                Path candidate = p.resolve("shared/oracles/msproject");
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    static Map<String, String> manifest(Path dir) throws IOException {
        Map<String, String> verdicts = new HashMap<>();
        Path manifest = dir.resolve("MANIFEST.tsv");
        if (Files.exists(manifest)) {
            List<String> lines = Files.readAllLines(manifest);
            List<String> header = List.of(lines.get(0).split("\t"));
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t");
                verdicts.put(cols[header.indexOf("file")], cols[header.indexOf("mpxjScheduler")]);
            }
        }
        return verdicts;
    }

    static String importFile(byte[] content) {
        return asPm().contentType("application/octet-stream").body(content).post("/api/projects/import").then()
                .statusCode(201).header("Location", containsString("/api/projects/")).extract().path("projectId");
    }

    @TestFactory
    Stream<DynamicTest> everyOracleFileImportedThroughTheApiGetsMsProjectsDates() throws IOException {
        Path dir = oracleDirectory().orElse(null);
        Assumptions.assumeTrue(dir != null,
                "MS Project oracle folder ../shared/oracles/msproject not found: oracle comparison through the API skipped");
        Map<String, String> verdicts = manifest(dir);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> schedules = files.filter(f -> f.toString().endsWith(".mpp") || f.toString().endsWith(".xml"))
                    .sorted().toList();
            return schedules.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                    () -> compare(f, verdicts.getOrDefault(f.getFileName().toString(), "?"))));
        }
    }

    private void compare(Path file, String verdict) throws Exception {
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
        List<String> differences = new ArrayList<>();
        int differing = 0;
        for (Task t : expected.getTasks()) {
            if (t.getUniqueID() == null || t.getNull() || (t.getID() != null && t.getID() == 0)
                    || t.getName() == null && t.getStart() == null) {
                continue;
            }
            Map<String, Object> mine = byExternalId.get(t.getUniqueID());
            if (mine == null) {
                continue;
            }
            compared++;
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
        System.out.printf("ORACLE-API %-14s %s: %d tasks compared / %d differing / first difference: %s%n",
                "[" + verdict + "]", file.getFileName(), compared, differing,
                differences.isEmpty() ? "none" : differences.get(0));
        if ("MATCH".equals(verdict) || GANTRY_ALSO_EXACT.contains(file.getFileName().toString())) {
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
    void anExportImportsBackToTheSamePlan() throws IOException {
        Path dir = oracleDirectory().orElse(null);
        Assumptions.assumeTrue(dir != null, "MS Project oracle folder not found: round trip skipped");
        Path file = dir.resolve("aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__Residential_Construction.mpp");
        Assumptions.assumeTrue(Files.exists(file), "Residential_Construction.mpp not in the oracle folder");
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
        assertThat(tasksB).hasSameSizeAs(tasksA).hasSizeGreaterThan(50);
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

    @Test
    void unreadableUnknownOrOversizedFilesAreRefusedAndCreateNothing() {
        long before = projectRows();
        asPm().contentType("application/octet-stream").body("this is not a project plan".getBytes(StandardCharsets.UTF_8))
                .post("/api/projects/import").then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("project format"));
        asPm().contentType("application/xml").body("<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/projects/import").then().statusCode(org.hamcrest.Matchers.both(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(400)).and(org.hamcrest.Matchers.lessThan(500)))
                .contentType("application/problem+json");
        asPm().contentType("application/octet-stream").body(new byte[0]).post("/api/projects/import").then()
                .statusCode(400).contentType("application/problem+json");
        asPm().contentType("application/json").body("{}").post("/api/projects/import").then().statusCode(415)
                .contentType("application/problem+json");
        asPm().contentType("application/octet-stream").body(new byte[8 * 1024 * 1024 + 1]).post("/api/projects/import")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("The body is larger than the limit of 8388608 bytes"));
        as("dev", "member").contentType("application/octet-stream").body(new byte[]{1, 2, 3})
                .post("/api/projects/import").then().statusCode(403).body("status", equalTo(403));
        assertThat(projectRows()).isEqualTo(before);
    }
}
