package dev.gantry.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A child process of the stack, its output in one log file; stopping it stops its whole process tree. */
public final class Child {

    public final String name;
    public final Path log;
    private final Process process;

    private Child(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    static Child start(String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
        StackConfig.ensureDir(log.getParent());
        StackConfig.ensureDir(workDir);
        rotate(log);
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        try {
            Files.writeString(log, "# gantry: " + Instant.now() + " starting " + name + ": "
                    + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return new Child(name, log, pb.start());
        } catch (IOException e) {
            throw new StackException("could not start " + name + ": " + e.getMessage(), log);
        }
    }

    /** Keeps the previous run's log as {@code <name>.log.1}. */
    private static void rotate(Path log) {
        try {
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    Instant startInstant() {
        return process.info().startInstant().orElse(Instant.EPOCH);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Waits for a short-lived child (a tool run) and returns its exit code. */
    int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(Duration.ofSeconds(5));
                throw new StackException(name + " did not finish within " + timeout.toSeconds() + " s", log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for " + name, log);
        }
    }

    /** SIGTERM to the process, then, after the grace period, SIGKILL to whatever is left of its tree. */
    void stop(Duration grace) {
        stopTree(process.toHandle(), grace);
    }

    /**
     * SIGKILL to the process and every descendant at once, as a crash would end them (PostgreSQL's backends go with
     * its postmaster, which a later start needs); returns once all are gone.
     */
    void kill() {
        List<ProcessHandle> tree = new ArrayList<>();
        process.toHandle().descendants().forEach(tree::add);
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && tree.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(50);
        }
        if (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            throw new StackException(name + " survived SIGKILL for 10 s", log);
        }
    }

    static void stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        root.descendants().forEach(tree::add);
        tree.add(root);
        if (!root.isAlive() && tree.stream().noneMatch(ProcessHandle::isAlive)) {
            return;
        }
        root.destroy();
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && root.isAlive()) {
            sleep(100);
        }
        // Descendants that outlive their parent (or a parent that ignored SIGTERM) are ended for good.
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        long killDeadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < killDeadline && tree.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(50);
        }
    }

    /** Sends a signal by name (e.g. INT) with the system's kill command; best effort. */
    static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill command: the SIGTERM that follows does it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A process recorded in the state file, if it still runs and is the same process (pids get reused). */
    static Optional<ProcessHandle> find(long pid, long startEpochMillis) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> startEpochMillis == 0 || p.info().startInstant()
                        .map(i -> Math.abs(i.toEpochMilli() - startEpochMillis) < 2000).orElse(true));
    }

    public String tail(int lines) {
        return tail(log, lines);
    }

    /** The last lines of a log file (reads at most the last 256 KB). */
    static String tail(Path file, int lines) {
        if (file == null || !Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            long from = Math.max(0, len - 256 * 1024);
            raf.seek(from);
            byte[] buf = new byte[(int) (len - from)];
            raf.readFully(buf);
            String[] all = new String(buf, StandardCharsets.UTF_8).split("\r?\n");
            int start = Math.max(0, all.length - lines);
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < all.length; i++) {
                sb.append("    ").append(all[i]).append(System.lineSeparator());
            }
            return sb.toString();
        } catch (IOException e) {
            return "    (could not read " + file + ": " + e.getMessage() + ")" + System.lineSeparator();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
