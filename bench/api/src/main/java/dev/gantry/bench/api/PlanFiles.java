package dev.gantry.bench.api;

import dev.gantry.bench.scheduling.BenchNetwork;
import org.mpxj.ProjectFile;
import org.mpxj.writer.FileFormat;
import org.mpxj.writer.UniversalProjectWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** MS Project XML (MSPDI) plans in the shape of bench/scheduling's networks, written with MPXJ. */
final class PlanFiles {

    private static final Pattern BETWEEN_ELEMENTS = Pattern.compile(">\\s+<");

    private PlanFiles() {
    }

    /**
     * {@code tasks} tasks, each with two predecessors from the previous 200 (80% FS / 20% SS, half with a lag), in
     * summaries of 20 tasks when {@code withSummaries} (as bench/scheduling's "500 summaries" network).
     */
    static byte[] mspdi(int tasks, boolean withSummaries, long seed) {
        BenchNetwork network = BenchNetwork.random(tasks + " tasks", tasks, withSummaries ? tasks / 20 : 0, seed);
        ProjectFile project = network.project;
        project.getProjectProperties().setProjectTitle("Bench plan of " + tasks + " tasks");
        ByteArrayOutputStream out = new ByteArrayOutputStream(tasks * 2048);
        try {
            new UniversalProjectWriter(FileFormat.MSPDI).write(project, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // MPXJ indents its XML; the whitespace between elements means nothing in MSPDI and is a third of the file.
        String xml = out.toString(StandardCharsets.UTF_8);
        return BETWEEN_ELEMENTS.matcher(xml).replaceAll("><").getBytes(StandardCharsets.UTF_8);
    }
}
