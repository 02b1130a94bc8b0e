package dev.gantry.testing.openapi;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.gantry.testing.GantryTestResources;

/**
 * Tells whether a request changed anything in the service's database, cheaply enough to ask around every request.
 *
 * <p>Two levels. {@link #writeMarker()} draws a transaction id: PostgreSQL hands them out only to transactions that
 * write (or lock rows), so when the next marker is exactly the previous one plus one, nobody wrote anything in
 * between and no table needs to be read. Otherwise a {@link Snapshot} is taken: per table of the schema, the row
 * count and the newest row version ({@code max(xmin)}), which catches inserts, deletes and updates — an update
 * writes a new row version with a newer transaction id — while ignoring work that was rolled back.
 *
 * <p>The outbox is compared by row count only: its relay marks rows published in the background, which is the
 * platform doing its job, not the request changing state. Tables from which background work deletes superseded rows
 * (a row version the relay has published a later one of) are compared by their newest row version only: a request's
 * insert or update is still seen, the background's deletes of older rows are not.
 */
final class DatabaseFingerprint implements AutoCloseable {

    /** Tables whose rows background work updates; only their row count is compared. */
    private static final Set<String> COUNT_ONLY = Set.of("outbox");

    private final Connection connection;
    private final String snapshotQuery;
    private long lastMarker = -1;
    private Snapshot lastSnapshot;

    private DatabaseFingerprint(Connection connection, String snapshotQuery) {
        this.connection = connection;
        this.snapshotQuery = snapshotQuery;
    }

    /** Connects to the PostgreSQL of {@link GantryTestResources}, which the application under test uses. */
    static DatabaseFingerprint ofTestDatabase(Set<String> updatedInBackground, Set<String> trimmedInBackground) {
        try {
            return of(GantryTestResources.postgres().connect(), updatedInBackground, trimmedInBackground);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the test database: " + e.getMessage(), e);
        }
    }

    /** Fingerprints the tables of the connection's current schema; the fingerprint closes the connection. */
    static DatabaseFingerprint of(Connection connection) {
        return of(connection, Set.of(), Set.of());
    }

    /**
     * As {@link #of(Connection)}, comparing only the row count of the tables updated in the background too, and only
     * the newest row version of the tables whose superseded rows background work deletes.
     */
    static DatabaseFingerprint of(Connection connection, Set<String> updatedInBackground,
                                  Set<String> trimmedInBackground) {
        try {
            connection.setAutoCommit(true);
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("The test database has no tables; has the application started?");
            }
            StringBuilder sql = new StringBuilder();
            for (String table : tables) {
                if (!sql.isEmpty()) {
                    sql.append(" union all ");
                }
                String version = COUNT_ONLY.contains(table) || updatedInBackground.contains(table) ? "0" : "coalesce(max(xmin::text::bigint), 0)";
                String count = trimmedInBackground.contains(table) ? "0" : "count(*)";
                sql.append("select '").append(table).append("', ").append(count).append(", ").append(version)
                        .append(" from \"").append(table).append('"');
            }
            return new DatabaseFingerprint(connection, sql.toString());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the test database: " + e.getMessage(), e);
        }
    }

    /**
     * The database's state now, reading the tables only when something may have been written since the last call.
     */
    Snapshot current() {
        long marker = writeMarker();
        if (lastSnapshot == null || marker != lastMarker + 1) {
            lastSnapshot = snapshot();
            // the snapshot's own reads draw no transaction id, so the next marker continues from here
        }
        lastMarker = marker;
        return lastSnapshot;
    }

    /**
     * The tables that changed between {@code before} and now, each with its row count and newest version before and
     * after; empty when nothing changed.
     */
    List<String> changesSince(Snapshot before) {
        Snapshot now = current();
        List<String> changes = new ArrayList<>();
        now.tables.forEach((table, after) -> {
            long[] was = before.tables.get(table);
            if (was == null || was[0] != after[0] || was[1] != after[1]) {
                boolean sameCount = was != null && was[0] == after[0];
                changes.add(table + " (rows " + (was == null ? "-" : was[0]) + " → " + after[0]
                        + (sameCount ? ", some updated" : "") + ")");
            }
        });
        return changes;
    }

    /** Waits until nothing writes for a moment, so that a test starts from a settled database (e.g. after events). */
    void awaitQuiet(java.time.Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        Snapshot previous = snapshot();
        while (System.nanoTime() < deadline) {
            sleep(300);
            Snapshot next = snapshot();
            if (next.sameAs(previous)) {
                lastSnapshot = null;
                current();
                return;
            }
            previous = next;
        }
        throw new IllegalStateException("The database kept changing for " + atMost + "; cannot tell what a request"
                + " changes");
    }

    private long writeMarker() {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_current_xact_id()::text::bigint")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the test database: " + e.getMessage(), e);
        }
    }

    private Snapshot snapshot() {
        Map<String, long[]> tables = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(snapshotQuery)) {
            while (rs.next()) {
                tables.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the test database: " + e.getMessage(), e);
        }
        return new Snapshot(tables);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a read-only connection at the end of a run: nothing to recover
        }
    }

    /** Row count and newest row version per table. */
    static final class Snapshot {

        private final Map<String, long[]> tables;

        private Snapshot(Map<String, long[]> tables) {
            this.tables = tables;
        }

        boolean sameAs(Snapshot other) {
            if (!tables.keySet().equals(other.tables.keySet())) {
                return false;
            }
            for (Map.Entry<String, long[]> entry : tables.entrySet()) {
                long[] theirs = other.tables.get(entry.getKey());
                if (theirs[0] != entry.getValue()[0] || theirs[1] != entry.getValue()[1]) {
                    return false;
                }
            }
            return true;
        }
    }
}
