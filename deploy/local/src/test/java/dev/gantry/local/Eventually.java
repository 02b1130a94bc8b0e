package dev.gantry.local;

import java.time.Duration;
import java.util.function.Supplier;

/** Polling for what the stack does eventually (events consumed, a service back), shared by the end-to-end tests. */
final class Eventually {

    interface Check {
        boolean ok() throws Exception;
    }

    private Eventually() {
    }

    /**
     * Polls {@code check} every 200 ms until it holds; on timeout fails naming {@code what}, the last error the check
     * threw, and {@code context} (for example the tail of a service's log).
     */
    static void awaitTrue(String what, Duration timeout, Check check, Supplier<String> context) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Child.sleep(200);
        }
        String more = context.get();
        throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what
                + (last == null ? "" : " (last error: " + last + ")")
                + (more == null || more.isEmpty() ? "" : System.lineSeparator() + more));
    }
}
