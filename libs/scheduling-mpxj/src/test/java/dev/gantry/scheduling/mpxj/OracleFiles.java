package dev.gantry.scheduling.mpxj;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Locates the MS Project oracle folder (outside the repository) and reads its MANIFEST. The folder is required: the
 * build and CI run with {@code ../shared} beside the repository (README, "Test it"), so a missing folder or
 * manifest is a failure that names where it looked, never a skipped comparison.
 */
final class OracleFiles {

    /** Where the folder sits relative to the directory that holds both the repository and {@code shared}. */
    static final String FOLDER = "shared/oracles/msproject";

    /** One line of MANIFEST.tsv. */
    record Entry(String file, int leafTasks, int links, String mpxjVerdict) {
    }

    private OracleFiles() {
    }

    /**
     * The folder named by {@code -Dgantry.oracle.dir} (the build sets it to {@code ../shared/oracles/msproject} beside
     * the repository), else the first {@value #FOLDER} above the working directory.
     *
     * @throws AssertionError listing every place looked in, when none exists
     */
    static Path directory() {
        List<Path> lookedIn = new ArrayList<>();
        String configured = System.getProperty("gantry.oracle.dir");
        if (configured != null) {
            Path path = Path.of(configured).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                return path;
            }
            lookedIn.add(path);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(FOLDER);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            lookedIn.add(candidate);
        }
        throw new AssertionError("MS Project oracle folder not found. Looked in (-Dgantry.oracle.dir first, then above "
                + "the working directory):\n  " + lookedIn.stream().map(Path::toString).collect(Collectors.joining("\n  "))
                + "\nThe tests need ../shared/oracles/msproject beside the repository, as CI has it.");
    }

    /** The schedule files of the folder, by name. */
    static List<Path> schedules(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String n = f.getFileName().toString().toLowerCase();
                return n.endsWith(".mpp") || n.endsWith(".xml") || n.endsWith(".xer") || n.endsWith(".pmxml");
            }).sorted().toList();
        }
    }

    /**
     * File name → its MANIFEST.tsv entry, in the manifest's order.
     *
     * @throws AssertionError when the folder has no MANIFEST.tsv, or a line lacks a column
     */
    static Map<String, Entry> manifest(Path dir) throws IOException {
        Path manifest = dir.resolve("MANIFEST.tsv");
        if (!Files.isRegularFile(manifest)) {
            throw new AssertionError("MS Project oracle manifest not found: " + manifest);
        }
        List<String> lines = Files.readAllLines(manifest);
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = column(header, "file", manifest);
        int leafTasks = column(header, "leafTasks", manifest);
        int links = column(header, "links", manifest);
        int verdict = column(header, "mpxjScheduler", manifest);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < header.size()) {
                throw new AssertionError(manifest + ": line with " + cols.length + " of " + header.size()
                        + " columns: " + line);
            }
            entries.put(cols[file], new Entry(cols[file], Integer.parseInt(cols[leafTasks]),
                    Integer.parseInt(cols[links]), cols[verdict]));
        }
        return entries;
    }

    private static int column(List<String> header, String name, Path manifest) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new AssertionError(manifest + " has no column " + name + "; columns: " + header);
        }
        return index;
    }
}
