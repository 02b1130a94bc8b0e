package dev.gantry.bench.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time used by each part of the stack, read from /proc: where the machine's time went while a measurement ran.
 * Processes are grouped by what their command line names (a service's jar, Kafka, Keycloak, PostgreSQL's server
 * processes, the ceiling); this benchmark's own process is the load generator. Linux only: elsewhere every snapshot
 * is empty and nothing is reported.
 */
final class ProcessCpu {

    /** Groups in the order they are reported; the first whose marker the command line contains wins. */
    private static final List<String[]> GROUPS = List.of(
            new String[]{"projects-service", "projects-service"},
            new String[]{"resources-service", "resources-service"},
            new String[]{"risk-service", "risk-service"},
            new String[]{"reporting-service", "reporting-service"},
            new String[]{"ceiling", "bench/ceiling"},
            new String[]{"kafka", "kafka"},
            new String[]{"keycloak", "keycloak"},
            new String[]{"postgresql", "postgres"});

    /** Jiffies per second on Linux ({@code getconf CLK_TCK}; 100 on every kernel configuration in use). */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** CPU seconds used so far by each group of live processes; empty where /proc is missing. */
    static Map<String, Double> snapshot() {
        Map<String, Double> seconds = new TreeMap<>();
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return seconds;
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path entry : entries) {
                try {
                    String stat = Files.readString(entry.resolve("stat"));
                    // Fields after the command name (which may contain spaces): state is the first, utime the 12th.
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double used = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
                    String group = Long.parseLong(entry.getFileName().toString()) == self ? "load generator"
                            : group(new String(Files.readAllBytes(entry.resolve("cmdline")), StandardCharsets.UTF_8));
                    seconds.merge(group, used, Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // The process ended between the listing and the read: its time is not counted.
                }
            }
        } catch (IOException e) {
            return new TreeMap<>();
        }
        return seconds;
    }

    private static String group(String commandLine) {
        for (String[] g : GROUPS) {
            if (commandLine.contains(g[1])) {
                return g[0];
            }
        }
        return "other";
    }

    /**
     * Milliseconds of CPU per request of each group between two snapshots, and their total, in {@link #GROUPS}'
     * order; null when there is nothing to report. A group whose processes ended or started in between shows what the
     * live ones used, never less than zero.
     */
    static Map<String, Double> perRequest(Map<String, Double> before, Map<String, Double> after, long requests) {
        if (before.isEmpty() || after.isEmpty() || requests <= 0) {
            return null;
        }
        Map<String, Double> ms = new LinkedHashMap<>();
        double total = 0;
        for (String name : order(after)) {
            double used = Math.max(0, after.get(name) - before.getOrDefault(name, 0.0)) * 1000 / requests;
            ms.put(name, HttpBench.round(used));
            total += used;
        }
        ms.put("total", HttpBench.round(total));
        return ms;
    }

    private static List<String> order(Map<String, Double> groups) {
        List<String> names = new ArrayList<>();
        for (String[] g : GROUPS) {
            if (groups.containsKey(g[0])) {
                names.add(g[0]);
            }
        }
        for (String extra : List.of("load generator", "other")) {
            if (groups.containsKey(extra)) {
                names.add(extra);
            }
        }
        return names;
    }

    /** One line for the console: "cpu ms/request: projects-service 4.1, postgresql 2.0, …, total 9.3". */
    static String describe(Map<String, Double> perRequest) {
        StringBuilder line = new StringBuilder("    cpu ms/request:");
        perRequest.forEach((name, ms) -> line.append(' ').append(name).append(' ')
                .append(String.format(Locale.ROOT, "%.2f", ms)).append(','));
        line.setLength(line.length() - 1);
        return line.toString();
    }
}
