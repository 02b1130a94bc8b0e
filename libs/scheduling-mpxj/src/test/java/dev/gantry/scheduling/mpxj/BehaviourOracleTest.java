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
 * The behaviour files of the oracle folder ({@code behaviours/}): MS Project schedules that each use a behaviour the
 * engine models only in part (manually scheduled tasks, levelling delays, contoured and timephased work, fractional
 * minutes, constraints on summary tasks). Every file is compared task by task like {@link MsProjectOracleTest}; the
 * number of tasks compared and of tasks that differ is pinned per file, so that a behaviour that lands moves a file's
 * count down (and the pin with it) and nothing regresses unseen. libs/scheduling/README.md says which behaviour causes
 * each file's remaining differences.
 */
class BehaviourOracleTest {

    /**
     * File → {tasks compared, tasks differing, agreeing dates not equal to the second}, as the engine schedules them
     * today. Dates count to the second: mpp14resource.mpp's turtle-contoured task is the only one still seconds away
     * from MS Project (10 s on three dates, see libs/scheduling/README.md).
     */
    static final Map<String, int[]> EXPECTED = Map.ofEntries(
            Map.entry("aspose-tasks-cloud__aspose-tasks-cloud-dotnet__Aspose.Tasks.Cloud.Sdk.Tests__TestData__Cost_Res.mpp", new int[] {1, 0, 0}),
            Map.entry("aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__CustomBarStyle.mpp", new int[] {10, 0, 0}),
            Map.entry("aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__MultipleOutlineValues2016.mpp", new int[] {1, 0, 0}),
            Map.entry("aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__SplitTaskFinishDate.mpp", new int[] {10, 0, 0}),
            Map.entry("aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__WorkingWithTasks__WorkingWithTaskConstraints__SetConstraintStartNoEarlierThan__TestProject__out.mpp", new int[] {15, 0, 0}),
            Map.entry("mpxj__generated__task-links__task-links-project2010-mpp14.mpp", new int[] {16, 0, 0}),
            Map.entry("mpxj__generated__task-links__task-links-project2019-mspdi.xml", new int[] {16, 0, 0}),
            Map.entry("mpxj__mpp14assignmentcustom.mpp", new int[] {1, 0, 0}),
            Map.entry("mpxj__mpp14barstyle.mpp", new int[] {7, 0, 0}),
            Map.entry("mpxj__mpp14resource.mpp", new int[] {3, 0, 3}),
            Map.entry("mpxj__mpp14splittask.mpp", new int[] {2, 0, 0}),
            Map.entry("mpxj__mpp14timephased2.mpp", new int[] {9, 0, 0}),
            Map.entry("mpxj__mpp14timephasedsegmentsmanual.mpp", new int[] {21, 0, 0}),
            Map.entry("mpxj__mpp14timephasedsegmentsmanualoffsets.mpp", new int[] {25, 0, 0}),
            Map.entry("mpxj__timephased-multi-rate.mpp", new int[] {12, 0, 0}));

    private final Scheduler scheduler = new Scheduler();

    @TestFactory
    Stream<DynamicTest> everyBehaviourFile() throws IOException {
        Path dir = OracleFiles.directory().resolve("behaviours");
        Map<String, OracleFiles.Entry> manifest = OracleFiles.manifest(dir);
        List<Path> files = OracleFiles.schedules(dir);
        assertThat(files).extracting(f -> f.getFileName().toString()).as("schedule files in %s", dir)
                .containsExactlyInAnyOrderElementsOf(manifest.keySet())
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> compare(f, manifest.get(f.getFileName().toString()))));
    }

    private void compare(Path file, OracleFiles.Entry entry) throws IOException {
        String name = file.getFileName().toString();
        ProjectFile expected = MpxjImporter.readProject(file);
        ImportedPlan imported = new MpxjImporter().convert(MpxjImporter.readProject(file));
        ScheduleResult result = scheduler.schedule(imported.plan());
        ScheduleComparison.Outcome outcome = ScheduleComparison.compare(expected, result, true);
        System.out.printf("BEHAVIOUR %s: %d tasks compared (%d leaf) / %d differing / first difference: %s / %s%n", name,
                outcome.compared(), outcome.leaves(), outcome.differing(),
                outcome.first().map(Object::toString).orElse("none"), outcome.dates());
        outcome.differences().stream().limit(8).forEach(d -> System.out.println("    " + d));
        assertThat(outcome.missing()).as("tasks of %s missing from Gantry's schedule", name).isEmpty();
        assertThat(outcome.leaves()).as("leaf tasks of %s compared (MANIFEST leafTasks)", name)
                .isEqualTo(entry.leafTasks());
        int[] pinned = EXPECTED.get(name);
        ScheduleComparison.DateAgreement dates = outcome.dates();
        int differingDates = (int) outcome.differences().stream().filter(d -> !"totalSlack".equals(d.field())).count();
        assertThat(new int[] {outcome.compared(), outcome.differing(), dates.compared - dates.exact - differingDates})
                .as("tasks compared, tasks differing, agreeing dates not to the second in %s", name)
                .containsExactly(pinned);
        assertThat(dates.largestGapSeconds).as("largest gap of the agreeing dates in %s, seconds", name).isLessThanOrEqualTo(10);
    }
}
