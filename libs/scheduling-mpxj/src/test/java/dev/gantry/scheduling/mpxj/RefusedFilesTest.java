package dev.gantry.scheduling.mpxj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gantry.scheduling.Scheduler;
import dev.gantry.scheduling.error.Problem;
import dev.gantry.scheduling.error.ProblemCode;
import dev.gantry.scheduling.error.ScheduleValidationException;
import dev.gantry.scheduling.model.ProjectPlan;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/**
 * Files that cannot become a schedule, each refused with its own reason: those the importer cannot read, and those
 * it reads whose plan the engine cannot compute. (projects-service's ScheduleImportTest sends the same files to the
 * API and checks the problem each gets.)
 */
class RefusedFilesTest {

    private static final String UNRECOGNISED = "Unrecognised or unsupported project file format";

    @Test
    void filesTheImporterCannotReadAreRefusedWithTheReason() throws IOException {
        byte[] mpp = Files.readAllBytes(OracleFiles.directory()
                .resolve("aspose-tasks__Aspose.Tasks-for-.NET__Examples__Data__Residential_Construction.mpp"));
        byte[] mspdi = Files.readAllBytes(OracleFiles.directory().resolve("mpxj__legacy__sample.xml"));

        assertRefused("an empty file", new byte[0], UNRECOGNISED);
        assertRefused("an MSPDI file cut in half", Arrays.copyOf(mspdi, mspdi.length / 2),
                "Cannot read project file: Failed to parse file");
        // MPXJ recognises no format in a truncated .mpp or MSPDI file.
        assertRefused("an .mpp file cut in half", Arrays.copyOf(mpp, mpp.length / 2), UNRECOGNISED);
        assertRefused("the start of an MSPDI file",
                "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>".getBytes(StandardCharsets.UTF_8),
                UNRECOGNISED);
        assertRefused("a text file", "this is not a project plan".getBytes(StandardCharsets.UTF_8), UNRECOGNISED);
    }

    @Test
    void filesWhosePlanCannotBeComputedAreReadAndThenRefusedByTheEngine() throws IOException {
        String relations = Files.readString(OracleFiles.directory().resolve("mpxj__mspdirelations.xml"));

        assertThat(problemsOf(withLink(relations, 2, 1))).as("links 1 → 2 → 1")
                .extracting(Problem::code, Problem::taskIds)
                .containsExactly(tuple(ProblemCode.DEPENDENCY_CYCLE, List.of("2", "1")));
        assertThat(problemsOf(withLink(relations, 2, 2))).as("task 2 linked to itself")
                .extracting(Problem::code, Problem::taskIds)
                .containsExactly(tuple(ProblemCode.SELF_DEPENDENCY, List.of("2")));
    }

    private static void assertRefused(String what, byte[] content, String reason) {
        assertThatThrownBy(() -> new MpxjImporter().read(new ByteArrayInputStream(content))).as(what)
                .isInstanceOf(IOException.class)
                .hasMessage(reason);
    }

    private static List<Problem> problemsOf(String mspdi) throws IOException {
        ProjectPlan plan = new MpxjImporter().read(new ByteArrayInputStream(mspdi.getBytes(StandardCharsets.UTF_8)))
                .plan();
        try {
            new Scheduler().schedule(plan);
        } catch (ScheduleValidationException e) {
            return e.problems();
        }
        throw new AssertionError("the engine scheduled a plan it should refuse");
    }

    /** The MSPDI file with one more finish-to-start link, from UniqueID {@code predecessor} to {@code successor}. */
    private static String withLink(String mspdi, int predecessor, int successor) {
        int task = mspdi.indexOf("<UID>" + successor + "</UID>", mspdi.indexOf("<Tasks>"));
        int end = mspdi.indexOf("</Task>", task);
        return mspdi.substring(0, end) + "<PredecessorLink><PredecessorUID>" + predecessor + "</PredecessorUID>"
                + "<Type>1</Type><CrossProject>0</CrossProject><LinkLag>0</LinkLag><LagFormat>7</LagFormat>"
                + "</PredecessorLink>" + mspdi.substring(end);
    }
}
