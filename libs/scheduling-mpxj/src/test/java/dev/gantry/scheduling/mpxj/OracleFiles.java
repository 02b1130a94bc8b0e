package dev.gantry.scheduling.mpxj;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Locates the MS Project oracle folder (outside the repository) and reads its MANIFEST. */
final class OracleFiles {

    private OracleFiles() {
    }

    static Optional<Path> directory() {
        String configured = System.getProperty("gantry.oracle.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured).normalize());
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/oracles/msproject");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static List<Path> schedules(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String n = f.getFileName().toString().toLowerCase();
                return n.endsWith(".mpp") || n.endsWith(".xml") || n.endsWith(".xer") || n.endsWith(".pmxml");
            }).sorted().toList();
        }
    }

    /** File name → MPXJ scheduler verdict (MATCH, PARTIAL, MISMATCH_ALL). */
    static Map<String, String> manifest(Path dir) throws IOException {
        Map<String, String> verdicts = new HashMap<>();
        Path manifest = dir.resolve("MANIFEST.tsv");
        if (!Files.exists(manifest)) {
            return verdicts;
        }
        List<String> lines = Files.readAllLines(manifest);
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = header.indexOf("file");
        int verdict = header.indexOf("mpxjScheduler");
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length > Math.max(file, verdict)) {
                verdicts.put(cols[file], cols[verdict]);
            }
        }
        return verdicts;
    }
}
