package dev.gantry.scheduling.mpxj;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.Scheduler;
import org.junit.jupiter.api.Assumptions;
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
 * the reasons for their differences are documented in libs/scheduling/README.md.
 */
class MsProjectOracleTest {

    private final Scheduler scheduler = new Scheduler();

    @TestFactory
    Stream<DynamicTest> everyOracleSchedule() throws IOException {
        Path dir = OracleFiles.directory().orElse(null);
        Assumptions.assumeTrue(dir != null,
                "MS Project oracle folder ../shared/oracles/msproject not found: oracle comparison skipped");
        Map<String, String> manifest = OracleFiles.manifest(dir);
        List<Path> files = OracleFiles.schedules(dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f, manifest)));
    }

    private void compare(Path file, Map<String, String> manifest) throws IOException {
        String name = file.getFileName().toString();
        ProjectFile expected = MpxjImporter.readProject(file);
        ImportedPlan imported = new MpxjImporter().convert(MpxjImporter.readProject(file));
        ScheduleResult result = scheduler.schedule(imported.plan());
        ScheduleComparison.Outcome outcome = ScheduleComparison.compare(expected, result, true);
        String verdict = manifest.getOrDefault(name, "?");
        System.out.printf("ORACLE %-14s %s: %d tasks compared / %d differing / first difference: %s%n", "[" + verdict + "]", name,
                outcome.compared(), outcome.differing(), outcome.first().map(Object::toString).orElse("none"));
        if (outcome.differing() > 0 && !"MATCH".equals(verdict)) {
            outcome.differences().stream().limit(12).forEach(d -> System.out.println("    " + d));
        }
        if ("MATCH".equals(verdict)) {
            assertThat(outcome.differences()).as("differences from MS Project in %s", name).isEmpty();
        }
    }
}
