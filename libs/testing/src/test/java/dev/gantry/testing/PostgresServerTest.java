package dev.gantry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void startsARealPostgresqlAndCreatesDatabases() throws SQLException {
        long t0 = System.nanoTime();
        try (PostgresServer pg = PostgresServer.launch()) {
            System.out.printf("PostgreSQL (%s) ready in %d ms at %s%n", pg.kind(), (System.nanoTime() - t0) / 1_000_000,
                    pg.jdbcUrl());
            assertTrue(pg.jdbcUrl().endsWith("/postgres"), pg.jdbcUrl());
            assertTrue(!pg.jdbcUrl().contains(":5432/"), "must not use the machine's own PostgreSQL: " + pg.jdbcUrl());

            try (Connection c = pg.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select current_setting('server_version_num')::int")) {
                assertTrue(rs.next());
                assertTrue(rs.getInt(1) >= 170000, "PostgreSQL 17 or newer expected, got " + rs.getInt(1));
            }

            String url = pg.createDatabase("projects_test");
            assertEquals(pg.createDatabase("projects_test"), url, "createDatabase is idempotent");
            assertNotEquals(pg.jdbcUrl(), url);
            try (Connection c = DriverManager.getConnection(url, pg.username(), pg.password());
                    Statement st = c.createStatement()) {
                st.execute("create table t (id int primary key)");
                st.execute("insert into t values (1)");
                try (ResultSet rs = st.executeQuery("select current_database(), count(*) from t")) {
                    assertTrue(rs.next());
                    assertEquals("projects_test", rs.getString(1));
                    assertEquals(1, rs.getInt(2));
                }
            }
            assertThrows(IllegalArgumentException.class, () -> pg.createDatabase("x; drop database postgres"));
        }
    }

    @Test
    void aStoppedServerRefusesConnectionsAndComesBackOnTheSameAddressWithItsData() throws SQLException {
        try (PostgresServer pg = PostgresServer.launch()) {
            assumeTrue(pg.kind().equals("embedded"), "only the embedded server can be stopped and started again");
            try (Connection c = pg.connect(); Statement st = c.createStatement()) {
                st.execute("create table kept (id int primary key)");
                st.execute("insert into kept values (42)");
            }
            try (Connection open = pg.connect()) {
                long t0 = System.nanoTime();
                pg.stop();
                long stopped = System.nanoTime();
                assertFalse(pg.isRunning());
                // A session open during the outage was terminated (admin_shutdown), and a new connection is refused:
                // what clients see when a server goes down.
                SQLException terminated = assertThrows(SQLException.class,
                        () -> open.createStatement().executeQuery("select 1"));
                assertEquals("57P01", terminated.getSQLState(), terminated.getMessage());
                SQLException refused = assertThrows(SQLException.class, pg::connect);
                assertEquals("08001", refused.getSQLState(), refused.getMessage());
                assertInstanceOf(ConnectException.class, refused.getCause());

                pg.start();
                System.out.printf("PostgreSQL stopped in %d ms, started again in %d ms%n",
                        (stopped - t0) / 1_000_000, (System.nanoTime() - stopped) / 1_000_000);
                assertTrue(pg.isRunning());
                pg.start(); // no-op while running
            }
            try (Connection c = pg.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select id from kept")) {
                assertTrue(rs.next());
                assertEquals(42, rs.getInt(1));
            }
        }
    }
}
