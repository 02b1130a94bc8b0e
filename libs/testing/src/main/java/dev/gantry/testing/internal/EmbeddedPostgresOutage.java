package dev.gantry.testing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Stops an embedded PostgreSQL server and starts it again on the same port with the same data, with the server's
 * own {@code pg_ctl}: a real outage, in which connected clients lose their sessions and new connections are refused.
 *
 * <p>The command line comes from {@code postmaster.opts}, which PostgreSQL writes into the data directory at every
 * start: the server binary ({@code pg_ctl} is next to it), then each argument in double quotes. Run as root, the
 * embedded server is started under {@code unshare -U} (PostgreSQL refuses to run as root), so {@code pg_ctl} is too.
 */
final class EmbeddedPostgresOutage {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final long PG_CTL_TIMEOUT_SECONDS = 60;

    private final Path dataDir;
    private final Path log;
    private final List<String> pgCtl;
    private final String serverOptions;
    private boolean running = true;

    EmbeddedPostgresOutage(Path dataDir, Path log) {
        this.dataDir = dataDir;
        this.log = log;
        String opts;
        try {
            opts = Files.readString(dataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded server's command line", e);
        }
        int firstArgument = opts.indexOf(" \"");
        String server = firstArgument < 0 ? opts : opts.substring(0, firstArgument);
        this.pgCtl = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            pgCtl.addAll(List.of("unshare", "-U"));
        }
        pgCtl.add(Path.of(server).resolveSibling("pg_ctl").toString());
        this.serverOptions = firstArgument < 0 ? "" : withoutDataDirectory(opts.substring(firstArgument + 1));
    }

    /** Fast shutdown: sessions are terminated, then the port closes. Returns once the server has stopped. */
    synchronized void stop() {
        if (!running) {
            return;
        }
        pgCtl("-D", dataDir.toString(), "-m", "fast", "-w", "-t", String.valueOf(PG_CTL_TIMEOUT_SECONDS), "stop");
        running = false;
    }

    /** Starts the server with its former command line; returns once it accepts connections. */
    synchronized void start() {
        if (running) {
            return;
        }
        pgCtl("-D", dataDir.toString(), "-w", "-t", String.valueOf(PG_CTL_TIMEOUT_SECONDS), "-l", log.toString(),
                "-o", serverOptions, "start");
        running = true;
    }

    synchronized boolean isRunning() {
        return running;
    }

    /** The arguments as one string for {@code pg_ctl -o} (a shell command line), without {@code -D}, which pg_ctl adds. */
    private static String withoutDataDirectory(String quotedArguments) {
        List<String> arguments = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(quotedArguments);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals("-D")) {
                i++;
                continue;
            }
            options.append(options.isEmpty() ? "" : " ").append('\'').append(arguments.get(i)).append('\'');
        }
        return options.toString();
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(pgCtl);
        command.addAll(List.of(arguments));
        Path output = log.resolveSibling("pg_ctl.out");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()))
                    .start();
            if (!process.waitFor(PG_CTL_TIMEOUT_SECONDS + 10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_ctl did not finish: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl failed (exit " + process.exitValue() + "): " + command + "\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run pg_ctl: " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running pg_ctl", e);
        }
    }
}
