package dev.gantry.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.gantry.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fingerprint sees every committed change and nothing else, against a real PostgreSQL. */
class DatabaseFingerprintTest {

    private static PostgresServer postgres;
    private static DatabaseFingerprint fingerprint;

    @BeforeAll
    static void start() throws SQLException {
        postgres = PostgresServer.launch();
        execute("create table project (id int primary key, name text)",
                "create table outbox (id int primary key, published_at timestamptz)",
                "create table segment (id int, version int, primary key (id, version))",
                "insert into project values (1, 'Data centre move')",
                "insert into outbox values (1, null)",
                "insert into segment values (1, 1), (1, 2)");
        fingerprint = DatabaseFingerprint.of(postgres.connect(), java.util.Set.of(), java.util.Set.of("segment"));
    }

    @AfterAll
    static void stop() {
        fingerprint.close();
        postgres.close();
    }

    @Test
    void anInsertIsAChange() throws SQLException {
        DatabaseFingerprint.Snapshot before = fingerprint.current();
        try {
            execute("insert into project values (2, 'Network rollout')");
            assertThat(fingerprint.changesSince(before)).containsExactly("project (rows 1 → 2)");
        } finally {
            execute("delete from project where id = 2");
        }
    }

    @Test
    void anUpdateIsAChangeThoughTheCountStays() throws SQLException {
        DatabaseFingerprint.Snapshot before = fingerprint.current();
        execute("update project set name = 'Data centre move (phase 1)' where id = 1");
        assertThat(fingerprint.changesSince(before)).containsExactly("project (rows 1 → 1, some updated)");
    }

    @Test
    void aDeleteIsAChange() throws SQLException {
        execute("insert into project values (4, 'Short-lived')");
        DatabaseFingerprint.Snapshot before = fingerprint.current();
        execute("delete from project where id = 4");
        assertThat(fingerprint.changesSince(before)).containsExactly("project (rows 2 → 1)");
    }

    @Test
    void workThatWasRolledBackIsNoChange() throws SQLException {
        DatabaseFingerprint.Snapshot before = fingerprint.current();
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("insert into project values (3, 'Never')");
            statement.execute("update project set name = 'Never either' where id = 1");
            connection.rollback();
        }
        assertThat(fingerprint.changesSince(before)).isEmpty();
    }

    @Test
    void theRelayMarkingOutboxRowsPublishedIsNoChangeButANewRowIs() throws SQLException {
        DatabaseFingerprint.Snapshot before = fingerprint.current();
        execute("update outbox set published_at = now()");
        assertThat(fingerprint.changesSince(before)).isEmpty();

        try {
            execute("insert into outbox values (2, null)");
            assertThat(fingerprint.changesSince(before)).containsExactly("outbox (rows 1 → 2)");
        } finally {
            execute("delete from outbox where id = 2");
        }
    }

    @Test
    void backgroundWorkDeletingSupersededRowsIsNoChangeButANewRowIs() throws SQLException {
        execute("insert into segment values (2, 1), (2, 2)");
        DatabaseFingerprint.Snapshot before = fingerprint.current();
        execute("delete from segment where id = 2 and version < 2");
        assertThat(fingerprint.changesSince(before)).isEmpty();

        execute("insert into segment values (2, 3)");
        assertThat(fingerprint.changesSince(before)).hasSize(1).allMatch(change -> change.startsWith("segment ("));
    }

    @Test
    void readsAreNoChange() throws SQLException {
        DatabaseFingerprint.Snapshot before = fingerprint.current();
        execute("select count(*) from project", "select * from project for share");
        assertThat(fingerprint.changesSince(before)).isEmpty();
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
