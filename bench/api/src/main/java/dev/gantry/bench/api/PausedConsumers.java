package dev.gantry.bench.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The stack's consumers of projects-service's events — resources-, risk- and reporting-service — stopped
 * ({@code SIGSTOP}) while the create path is measured alone, and continued ({@code SIGCONT}) when closed. A stopped
 * process keeps its sockets and its place in its consumer group's partitions for as long as the broker's session
 * timeout allows; the events wait on the topics and are consumed when it continues, as after any pause. A shutdown
 * hook continues them too, so a benchmark stopped by Ctrl-C or a SIGTERM does not leave the stack's consumers stopped
 * (nothing can after a SIGKILL: then {@code kill -CONT} them by hand, or restart the stack). Linux only.
 */
final class PausedConsumers implements AutoCloseable {

    /** The stack's consumers of projects-service's events, by the names the stack gives its processes. */
    static final List<String> NAMES = List.of("resources-service", "risk-service", "reporting-service");

    private final List<Long> pids;
    private final Thread onExit;
    private boolean continued;

    private PausedConsumers(List<Long> pids) {
        this.pids = pids;
        this.onExit = new Thread(this::continueAll, "continue-consumers");
    }

    /** Stops every consumer of the stack; fails when one is not running or they cannot be signalled. */
    static PausedConsumers pause(LocalStack stack) {
        List<Long> pids = new ArrayList<>();
        for (String name : NAMES) {
            pids.add(stack.pid(name).filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .orElseThrow(() -> new IllegalStateException("the stack's " + name + " is not running; cannot"
                            + " measure the create path with the consumers paused")));
        }
        PausedConsumers paused = new PausedConsumers(pids);
        Runtime.getRuntime().addShutdownHook(paused.onExit);
        try {
            signal("STOP", pids);
        } catch (RuntimeException e) {
            // kill stops every process it can before it reports the one it could not: continue them all again.
            paused.close();
            throw e;
        }
        return paused;
    }

    int count() {
        return pids.size();
    }

    /**
     * Continues the consumers. Should that fail, it says so on standard error and leaves the shutdown hook in place, so
     * that the benchmark's exit tries again; it never throws, so the measurement is still reported.
     */
    @Override
    public void close() {
        try {
            continueAll();
        } catch (RuntimeException e) {
            System.err.println("Could not continue the consumer services " + pids + " (" + e.getMessage()
                    + "); trying again when the benchmark exits. If they stay stopped: kill -CONT " + pids);
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs, or has run, anyway
        }
    }

    private synchronized void continueAll() {
        if (!continued) {
            signal("CONT", pids);
            continued = true;
        }
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pids + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("kill -" + signal + " " + pids + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + pids, e);
        }
    }
}
