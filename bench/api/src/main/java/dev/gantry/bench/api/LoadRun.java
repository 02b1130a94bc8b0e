package dev.gantry.bench.api;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed-loop load: {@code connections} clients, each on its own connection and thread, each sending the next
 * request as soon as the previous answer arrived. A warm-up runs first and is not counted; then every answer within
 * the measured window counts: 2xx answers into the latency histogram (microseconds) and the throughput, anything else
 * (another status, a timeout, a broken connection) as an error. Closed-loop latencies leave out the time a request
 * would have waited had it been sent on a schedule (coordinated omission): read p99 as the latency seen by these
 * clients, not by an open arrival stream.
 */
final class LoadRun {

    /** What one measurement found. */
    record Result(int connections, long requests, long errors, long timeouts, double seconds, Histogram latencies,
                  String firstError, Map<String, Long> errorsByKind) {

        double throughput() {
            return requests / seconds;
        }

        double p50Millis() {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(50) / 1000.0;
        }

        double p99Millis() {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(99) / 1000.0;
        }

        double maxMillis() {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getMaxValue() / 1000.0;
        }
    }

    private LoadRun() {
    }

    /**
     * @param requests the request of a given sequence number (shared by all clients, so round-robin is global)
     */
    static Result run(URI base, int connections, double warmupSeconds, double seconds, int timeoutMillis,
                      LongFunction<byte[]> requests) {
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long measureTo = measureFrom + (long) (seconds * 1e9);
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Client c = new Client(base, timeoutMillis, requests, sequence, measureFrom, measureTo);
            c.thread = new Thread(c, "load-" + i);
            c.thread.setDaemon(true);
            clients.add(c);
        }
        clients.forEach(c -> c.thread.start());
        Histogram all = new Histogram(60_000_000L, 3);
        long ok = 0;
        long errors = 0;
        long timeouts = 0;
        String firstError = null;
        Map<String, Long> errorsByKind = new TreeMap<>();
        for (Client c : clients) {
            try {
                c.thread.join(Math.max(1, (measureTo - System.nanoTime()) / 1_000_000) + timeoutMillis + 5_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            c.stop = true;
            all.add(c.histogram);
            ok += c.ok;
            errors += c.errors;
            timeouts += c.timeouts;
            if (firstError == null) {
                firstError = c.firstError;
            }
            c.errorsByKind.forEach((kind, n) -> errorsByKind.merge(kind, n, Long::sum));
        }
        return new Result(connections, ok, errors, timeouts, (measureTo - measureFrom) / 1e9, all, firstError,
                errorsByKind);
    }

    private static final class Client implements Runnable {
        final HttpConnection connection;
        final LongFunction<byte[]> requests;
        final AtomicLong sequence;
        final long measureFrom;
        final long measureTo;
        final Histogram histogram = new Histogram(60_000_000L, 3);
        Thread thread;
        volatile boolean stop;
        long ok;
        long errors;
        long timeouts;
        String firstError;
        final Map<String, Long> errorsByKind = new HashMap<>();

        Client(URI base, int timeoutMillis, LongFunction<byte[]> requests, AtomicLong sequence, long measureFrom,
               long measureTo) {
            this.connection = new HttpConnection(base, timeoutMillis);
            this.requests = requests;
            this.sequence = sequence;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
        }

        @Override
        public void run() {
            try {
                while (!stop) {
                    byte[] request = requests.apply(sequence.getAndIncrement());
                    long t0 = System.nanoTime();
                    if (t0 >= measureTo) {
                        return;
                    }
                    int status;
                    String error = null;
                    boolean timeout = false;
                    try {
                        status = connection.exchange(request);
                        if (status < 200 || status > 299) {
                            error = "HTTP " + status;
                        }
                    } catch (SocketTimeoutException e) {
                        connection.close();
                        status = 0;
                        timeout = true;
                        error = "timeout";
                    } catch (IOException | RuntimeException e) {
                        connection.close();
                        status = 0;
                        error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= measureTo + 1_000_000_000L) {
                        if (error == null) {
                            histogram.recordValue(Math.max(1, (t1 - t0) / 1000));
                            ok++;
                        } else {
                            errors++;
                            if (timeout) {
                                timeouts++;
                            }
                            if (firstError == null) {
                                firstError = error;
                            }
                            errorsByKind.merge(status == 0 ? (timeout ? "timeout" : "connection") : error, 1L, Long::sum);
                        }
                    }
                    if (status == 0) {
                        sleepQuietly(50); // a refused connection must not spin
                    }
                }
            } finally {
                connection.close();
            }
        }
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
