package dev.gantry.bench.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The bare Quarkus application of bench/ceiling, run by the benchmark itself: its own database {@code ceiling} on the
 * stack's PostgreSQL, the stack's Kafka and Keycloak issuer, the same JVM options as the stack's services, a free port.
 */
final class Ceiling implements AutoCloseable {

    static final String DATABASE = "ceiling";

    private final Process process;
    private final int port;
    private final Path log;

    private Ceiling(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static Ceiling start(Path root, LocalStack stack, List<String> jvmOptions) {
        Path jar = root.resolve("bench/ceiling/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; bench/run builds it (./mvnw -pl bench/ceiling -am package)");
        }
        ensureDatabase(stack);
        int port = freePort();
        Path log = root.resolve("bench/ceiling/target/ceiling.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(jar.getParent().toFile());
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl(DATABASE));
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrap());
        pb.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", stack.issuerUrl());
        try {
            Ceiling ceiling = new Ceiling(pb.start(), port, log);
            ceiling.awaitReady(Duration.ofSeconds(90));
            return ceiling;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the ceiling application: " + e.getMessage(), e);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the ceiling application exited (code " + process.exitValue()
                        + "); see " + log);
            }
            try {
                int status = client.send(HttpRequest.newBuilder(baseUri().resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            LoadRun.sleepQuietly(250);
        }
        close();
        throw new IllegalStateException("the ceiling application was not ready within " + timeout.toSeconds()
                + " s; see " + log);
    }

    /** Role and database {@code ceiling}, as deploy/local makes one per service (the superuser is trusted locally). */
    private static void ensureDatabase(LocalStack stack) {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("connectTimeout", "5");
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl("postgres"), p)) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?")) {
                try (Statement s = c.createStatement()) {
                    s.execute("create role " + DATABASE + " login password '" + DATABASE + "'");
                }
            }
            if (!exists(c, "select 1 from pg_database where datname = ?")) {
                try (Statement s = c.createStatement()) {
                    s.execute("create database " + DATABASE + " owner " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the ceiling's database on " + stack.jdbcUrl("postgres")
                    + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, DATABASE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
