package dev.gantry.bench.api;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a result depends on: the machine, the JDK and how busy the machine was. */
final class Machine {

    private Machine() {
    }

    /** The 1-, 5- and 15-minute load averages, as {@code uptime} prints them ("n/a" where /proc is missing). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** "Quiet": at most this share of the machine's CPU time used over one second. */
    private static final double QUIET_CPU_SHARE = 0.15;

    /**
     * Waits until the machine is quiet (see {@link #QUIET_CPU_SHARE}, read from /proc/stat), so that one measurement
     * does not pay for the work the previous one left behind (consumers still reading a backlog, the outbox relay
     * draining, the JIT compiling), and says so when it gives up after {@code maxSeconds}. Returns the seconds waited,
     * 0 when {@code maxSeconds} is 0 or less, or -1 when it gave up or /proc/stat is missing.
     */
    static double settle(double maxSeconds, PrintStream out) {
        if (maxSeconds <= 0) {
            return 0;
        }
        double waited = waitForQuiet(maxSeconds, 1000);
        if (waited < 0) {
            out.printf("  (the machine did not become quiet within %.0f s; measuring anyway)%n", maxSeconds);
        }
        return waited;
    }

    /**
     * As {@link #settle}, silently and over shorter windows: waits until the machine's CPU use over one
     * {@code windowMillis} window is quiet, for at most {@code maxSeconds}. Returns the seconds waited, or -1 when it
     * gave up or /proc/stat is missing.
     */
    static double quietWithin(double maxSeconds, long windowMillis) {
        return waitForQuiet(maxSeconds, windowMillis);
    }

    private static double waitForQuiet(double maxSeconds, long windowMillis) {
        long started = System.nanoTime();
        long[] previous = cpuTimes();
        if (previous == null) {
            return -1;
        }
        while ((System.nanoTime() - started) / 1e9 < maxSeconds) {
            LoadRun.sleepQuietly(windowMillis);
            long[] now = cpuTimes();
            if (now == null) {
                return -1;
            }
            long total = now[0] - previous[0];
            long idle = now[1] - previous[1];
            previous = now;
            if (total > 0 && (total - idle) <= QUIET_CPU_SHARE * total) {
                return (System.nanoTime() - started) / 1e9;
            }
        }
        return -1;
    }

    /** Total and idle (idle + iowait) jiffies of all CPUs, or null where /proc/stat is missing. */
    private static long[] cpuTimes() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[]{total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("loadAverageAtStart", loadAverage());
        return m;
    }
}
