package dev.gantry.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedules saved by Microsoft Project in {@code ../shared/oracles/msproject} and their MANIFEST.tsv, for the
 * import tests. The folder is required: the build and CI run with {@code ../shared} beside the repository (README,
 * "Test it"), so a missing folder or manifest fails the test and names where it looked, never skips it.
 */
public final class MsProjectOracles {

    /**
     * The oracle set as libs/scheduling-mpxj's MsProjectOracleTest pins it for the engine: its files, and the tasks
     * compared in them (summary tasks included; the leaf tasks are the sum of the manifest's leafTasks column).
     */
    public static final int FILES = 32;
    public static final int TASKS = 1080;
    public static final int LEAF_TASKS = 917;

    static final String FOLDER = "shared/oracles/msproject";

    /** One line of MANIFEST.tsv. */
    public record Entry(String file, int leafTasks, String mpxjVerdict) {
    }

    private MsProjectOracles() {
    }

    /**
     * The first {@value #FOLDER} above the working directory: {@code ../shared/oracles/msproject} beside the
     * repository. (Not a {@code gantry.*} system property as in libs/scheduling-mpxj: Quarkus refuses unknown
     * properties under its configuration's prefix.)
     *
     * @throws AssertionError listing every place looked in, when none exists
     */
    public static Path directory() {
        List<Path> lookedIn = new ArrayList<>();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(FOLDER);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            lookedIn.add(candidate);
        }
        throw new AssertionError("MS Project oracle folder not found. Looked in:\n  "
                + lookedIn.stream().map(Path::toString).collect(Collectors.joining("\n  "))
                + "\nThe tests need ../shared/oracles/msproject beside the repository, as CI has it.");
    }

    /**
     * File name → its MANIFEST.tsv entry.
     *
     * @throws AssertionError when the folder has no MANIFEST.tsv
     */
    public static Map<String, Entry> manifest(Path dir) throws IOException {
        Path manifest = dir.resolve("MANIFEST.tsv");
        if (!Files.isRegularFile(manifest)) {
            throw new AssertionError("MS Project oracle manifest not found: " + manifest);
        }
        List<String> lines = Files.readAllLines(manifest);
        List<String> header = List.of(lines.get(0).split("\t"));
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            entries.put(cols[header.indexOf("file")], new Entry(cols[header.indexOf("file")],
                    Integer.parseInt(cols[header.indexOf("leafTasks")]), cols[header.indexOf("mpxjScheduler")]));
        }
        return entries;
    }

    /** The folder's schedule files by name, after checking that they are exactly the manifest's {@link #FILES}. */
    public static List<Path> schedules(Path dir, Map<String, Entry> manifest) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> schedules = files.filter(f -> f.toString().endsWith(".mpp") || f.toString().endsWith(".xml"))
                    .sorted().toList();
            assertThat(schedules).extracting(f -> f.getFileName().toString()).as("schedule files in %s", dir)
                    .containsExactlyInAnyOrderElementsOf(manifest.keySet())
                    .hasSize(FILES);
            return schedules;
        }
    }

    /** One oracle file, which must exist. */
    public static Path file(String name) {
        Path file = directory().resolve(name);
        assertThat(file).as("oracle file").isRegularFile();
        return file;
    }
}
