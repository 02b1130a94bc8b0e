package dev.gantry.testing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Starts a PostgreSQL server for tests: a Testcontainers container when a Docker engine answers, otherwise the
 * zonky embedded PostgreSQL binaries on a free port (never the machine's own server on 5432).
 *
 * <p>Returns a handle of JDK types (see {@link SharedServices}): {@code jdbcUrl}, {@code username},
 * {@code password}, {@code kind}, {@code stop}, {@code start} and {@code close} (Runnables) and {@code running}
 * (a BooleanSupplier). Only the embedded server can be stopped and started again: a container restarted by Docker
 * comes back on another host port, which the application under test would not find.
 */
public final class PostgresLauncher {

    /** Image used with Docker; same major version as the embedded binaries. */
    public static final String IMAGE = "postgres:17-alpine";

    private PostgresLauncher() {
    }

    public static Map<String, Object> launch() {
        return DockerProbe.dockerAvailable() ? container() : embedded();
    }

    private static Map<String, Object> container() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE)
                .withDatabaseName("postgres")
                .withUsername("postgres")
                .withPassword("postgres");
        container.start();
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                container.stop();
            }
        };
        Runnable stop = () -> {
            throw new UnsupportedOperationException("Stopping PostgreSQL needs the embedded server (a container"
                    + " restarted by Docker changes its port); run the tests with -Dgantry.testing.docker=false");
        };
        Runnable start = () -> {
        };
        BooleanSupplier running = () -> !closed.get();
        return Map.of("jdbcUrl", container.getJdbcUrl(), "username", "postgres", "password", "postgres",
                "kind", "testcontainers", "stop", stop, "start", start, "running", running, "close", close);
    }

    private static Map<String, Object> embedded() {
        Path dir = TempDirs.create("gantry-pg-");
        Path dataDir = dir.resolve("data"); // initdb wants an empty directory; dir also holds the owner file
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false) // SharedServices or the owner closes it
                    .setServerConfig("max_connections", "300")
                    .start();
        } catch (IOException e) {
            TempDirs.deleteQuietly(dir);
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
        EmbeddedPostgresOutage outage;
        try {
            outage = new EmbeddedPostgresOutage(dataDir, dir.resolve("postgres.log"));
        } catch (RuntimeException e) {
            try {
                pg.close();
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
            TempDirs.deleteQuietly(dir);
            throw e;
        }
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                try {
                    if (outage.isRunning()) { // a server a test left stopped has nothing left to stop
                        pg.close();
                    }
                } catch (IOException e) {
                    System.err.println("gantry-testing: stopping embedded PostgreSQL failed: " + e);
                } finally {
                    TempDirs.deleteQuietly(dir);
                }
            }
        };
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        Runnable stop = outage::stop;
        Runnable start = outage::start;
        BooleanSupplier running = outage::isRunning;
        return Map.of("jdbcUrl", url, "username", "postgres", "password", "postgres",
                "kind", "embedded", "stop", stop, "start", start, "running", running, "close", close);
    }
}
