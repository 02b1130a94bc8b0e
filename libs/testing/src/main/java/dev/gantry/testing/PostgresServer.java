package dev.gantry.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import dev.gantry.testing.internal.PostgresLauncher;

/**
 * A real PostgreSQL server for tests: a Testcontainers container when a Docker engine answers, otherwise an
 * embedded PostgreSQL (zonky binaries) on a free port. A PostgreSQL that happens to run on the machine is
 * never used.
 *
 * <p>{@link #launch()} gives a private server owned by the caller; {@link GantryTestResources#postgres()} gives
 * the one shared by the Quarkus application under test.
 *
 * <p>Outages can be simulated with the embedded server: {@link #stop()} shuts it down (sessions are terminated,
 * new connections refused), {@link #start()} brings it back on the same address with the same data.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String kind;
    private final Runnable stop;
    private final Runnable start;
    private final BooleanSupplier running;
    private final Runnable close;

    private PostgresServer(Map<String, Object> handle) {
        this.jdbcUrl = (String) handle.get("jdbcUrl");
        this.username = (String) handle.get("username");
        this.password = (String) handle.get("password");
        this.kind = (String) handle.get("kind");
        this.stop = (Runnable) handle.get("stop");
        this.start = (Runnable) handle.get("start");
        this.running = (BooleanSupplier) handle.get("running");
        this.close = (Runnable) handle.get("close");
    }

    /**
     * Starts a new server owned by the caller; {@link #close()} stops it and deletes its data. Named like
     * {@link KafkaBroker#launch()}, so that {@code server.start()} is the instance method that ends an outage.
     */
    public static PostgresServer launch() {
        return new PostgresServer(PostgresLauncher.launch());
    }

    /**
     * Simulates an outage: a fast shutdown that terminates every session and closes the port, keeping the data.
     * Returns once the server has stopped.
     *
     * @throws UnsupportedOperationException for a Testcontainers server, which Docker would restart on another port
     */
    public void stop() {
        stop.run();
    }

    /** Brings a stopped server back on the same address with the same data; does nothing if it is running. */
    public void start() {
        start.run();
    }

    public boolean isRunning() {
        return running.getAsBoolean();
    }

    static PostgresServer fromHandle(Map<String, Object> handle) {
        return new PostgresServer(handle);
    }

    /** JDBC URL of the database {@code postgres}. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** {@code embedded} or {@code testcontainers}. */
    public String kind() {
        return kind;
    }

    /** Opens a connection to the database {@code postgres}. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    /**
     * Creates a database (if it does not exist yet) and returns its JDBC URL.
     *
     * @param name lower-case SQL identifier ({@code [a-z_][a-z0-9_]*})
     */
    public String createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case database name: " + name);
        }
        try (Connection c = connect()) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement st = c.createStatement()) {
                    st.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + jdbcUrl, e);
        }
        return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + name;
    }

    /** Stops the server and removes its data. Idempotent. */
    @Override
    public void close() {
        close.run();
    }

    @Override
    public String toString() {
        return "PostgresServer[" + kind + ", " + jdbcUrl + "]";
    }
}
