package dev.gantry.scheduling.mpxj;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.Scheduler;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mpxj.ProjectFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reschedules every schedule saved by Microsoft Project in ../shared/oracles/msproject from its project
 * start and compares Gantry's dates and total slack with those MS Project stored. Files on which MPXJ's
 * own scheduler matches MS Project (MANIFEST: MATCH) must match exactly; the others are reported, and
 * the reasons for their differences are documented in libs/scheduling/README.md. Every file of the folder
 * is in MANIFEST.tsv and every one of its tasks is compared: the counts are asserted per file and in total.
 * Without the folder or its manifest the test fails, naming where it looked.
 */
class MsProjectOracleTest {

    /**
     * Files where MPXJ's scheduler differs from MS Project (MANIFEST: PARTIAL or MISMATCH_ALL) but Gantry agrees exactly;
     * asserted too, so that agreement cannot silently regress.
     */
    private static final java.util.Set<String> GANTRY_ALSO_EXACT = java.util.Set.of(
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__ReadGroupDefinitionData.mpp",
            "aspose-tasks__Aspose.Tasks-for-Java__Examples__src__main__resources__com__aspose__tasks__examples__Projects__PrintPagesToSeparateImage__CustomerFeedback.mpp",
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__Software_Development.mpp",
            "aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__Software_Development_Plan-1.mpp",
            "mpxj__slack9.mpp");

    /**
     * The oracle set as compared today, pinned so that a file or a task that silently stops being compared (lost from
     * the folder, dropped by the importer, absent from the schedule) fails the count. The leaf tasks are the sum of
     * MANIFEST.tsv's leafTasks column; the tasks compared add the summary tasks.
     */
    static final int ORACLE_FILES = 32;
    static final int LEAF_TASKS_COMPARED = 917;
    static final int TASKS_COMPARED = 1080;
    /**
     * Dates compared (six per task where the file has them) and how many agree with MS Project to the second: all but
     * those of the six differing tasks of the two files saved without recalculation.
     */
    static final int DATES_COMPARED = 6480;
    static final int DATES_TO_THE_SECOND = 6468;

    private final Scheduler scheduler = new Scheduler();

    @TestFactory
    Stream<DynamicTest> everyOracleSchedule() throws IOException {
        Path dir = OracleFiles.directory();
        Map<String, OracleFiles.Entry> manifest = OracleFiles.manifest(dir);
        List<Path> files = OracleFiles.schedules(dir);
        assertThat(files).extracting(f -> f.getFileName().toString()).as("schedule files in %s", dir)
                .containsExactlyInAnyOrderElementsOf(manifest.keySet())
                .hasSize(ORACLE_FILES);
        Totals totals = new Totals();
        Stream<DynamicTest> perFile = files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> compare(f, manifest.get(f.getFileName().toString()), totals)));
        DynamicTest all = DynamicTest.dynamicTest("every file and every task compared", () -> {
            System.out.printf("ORACLE total: %d files, %d tasks compared (%d leaf tasks); %s%n", totals.files, totals.tasks,
                    totals.leaves, totals.dates);
            assertThat(totals.files).as("files compared").isEqualTo(ORACLE_FILES);
            assertThat(totals.leaves).as("leaf tasks compared")
                    .isEqualTo(manifest.values().stream().mapToInt(OracleFiles.Entry::leafTasks).sum())
                    .isEqualTo(LEAF_TASKS_COMPARED);
            assertThat(totals.tasks).as("tasks compared, summary tasks included").isEqualTo(TASKS_COMPARED);
            assertThat(new int[] {totals.dates.compared, totals.dates.exact}).as("dates compared, dates equal to the second")
                    .containsExactly(DATES_COMPARED, DATES_TO_THE_SECOND);
            assertThat(totals.dates.largestGapSeconds).as("largest gap of the other agreeing dates, seconds").isZero();
        });
        return Stream.concat(perFile, Stream.of(all));
    }

    /** What the file tests compared, summed for the last test (dynamic tests of a factory run in order). */
    private static final class Totals {
        int files;
        int tasks;
        int leaves;
        final ScheduleComparison.DateAgreement dates = new ScheduleComparison.DateAgreement();
    }

    private void compare(Path file, OracleFiles.Entry entry, Totals totals) throws IOException {
        String name = file.getFileName().toString();
        ProjectFile expected = MpxjImporter.readProject(file);
        ImportedPlan imported = new MpxjImporter().convert(MpxjImporter.readProject(file));
        ScheduleResult result = scheduler.schedule(imported.plan());
        ScheduleComparison.Outcome outcome = ScheduleComparison.compare(expected, result, true);
        totals.files++;
        totals.tasks += outcome.compared();
        totals.leaves += outcome.leaves();
        totals.dates.add(outcome.dates());
        String verdict = entry.mpxjVerdict();
        List<String> calendarDifferences = CalendarComparison.compare(expected, imported.plan());
        System.out.printf("ORACLE calendars %s: %d calendars compared day by day / %d differing days%s%n", name, expected.getCalendars().size(),
                calendarDifferences.size(), calendarDifferences.isEmpty() ? "" : ", first: " + calendarDifferences.get(0));
        System.out.printf("ORACLE %-14s %s: %d tasks compared (%d leaf) / %d differing / first difference: %s / %s%n",
                "[" + verdict + "]", name, outcome.compared(), outcome.leaves(), outcome.differing(),
                outcome.first().map(Object::toString).orElse("none"), outcome.dates());
        if (outcome.differing() > 0 && !"MATCH".equals(verdict)) {
            outcome.differences().stream().limit(12).forEach(d -> System.out.println("    " + d));
        }
        assertThat(outcome.missing()).as("tasks of %s missing from Gantry's schedule", name).isEmpty();
        assertThat(outcome.leaves()).as("leaf tasks of %s compared (MANIFEST leafTasks)", name)
                .isEqualTo(entry.leafTasks());
        assertThat(calendarDifferences).as("calendar working time in %s", name).isEmpty();
        if ("MATCH".equals(verdict) || GANTRY_ALSO_EXACT.contains(name)) {
            assertThat(outcome.differences()).as("differences from MS Project in %s", name).isEmpty();
        }
    }
}
