package dev.gantry.testing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary directories that are removed again when their service stops.
 *
 * <p>Each directory records the PID of the JVM that owns it. A JVM that is killed (or halted by a test runner
 * before its shutdown hooks finish) cannot clean up, so creating a directory first removes directories of the
 * same kind whose owner is gone.
 */
public final class TempDirs {

    private static final String OWNER_FILE = "owner.pid";

    private TempDirs() {
    }

    public static Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Files.writeString(dir.resolve(OWNER_FILE), String.valueOf(ProcessHandle.current().pid()),
                    StandardCharsets.US_ASCII);
            removeOrphans(dir.getParent(), prefix, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory", e);
        }
    }

    /** Deletes a directory tree; best effort, failures are reported but not thrown. */
    public static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        IOException last = null;
        for (int attempt = 0; attempt < 3 && Files.exists(dir); attempt++) {
            // Several passes: a stopping server may still remove or rename a file while we walk the tree.
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        last = e;
                    }
                }
            } catch (IOException e) {
                last = e;
            } catch (UncheckedIOException e) {
                last = e.getCause();
            }
        }
        if (Files.exists(dir)) {
            System.err.println("gantry-testing: could not delete " + dir + ": " + last);
        }
    }

    private static void removeOrphans(Path parent, String prefix, Path keep) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path dir : dirs) {
                if (!dir.equals(keep) && isOrphan(dir)) {
                    deleteQuietly(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up after others must never fail a test run
        }
    }

    private static boolean isOrphan(Path dir) throws IOException {
        Path owner = dir.resolve(OWNER_FILE);
        if (!Files.isRegularFile(owner) || !ownerGone(Files.readString(owner, StandardCharsets.US_ASCII))) {
            return false;
        }
        // An embedded PostgreSQL may outlive its JVM; leave its directory while its postmaster runs.
        for (Path pidFile : List.of(dir.resolve("postmaster.pid"), dir.resolve("data").resolve("postmaster.pid"))) {
            if (Files.isRegularFile(pidFile)) {
                String first = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("");
                if (!ownerGone(first)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean ownerGone(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid.trim())).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
