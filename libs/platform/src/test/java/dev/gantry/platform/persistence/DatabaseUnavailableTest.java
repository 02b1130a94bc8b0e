package dev.gantry.platform.persistence;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void sessionsEndedByAStoppingOrRestartingServerAreAnOutage() {
        // What Hibernate threw while PostgreSQL went through a fast shutdown and a start (GantryFaultsIT).
        assertThat(DatabaseUnavailable.causedBy(wrapped("57P01", "FATAL: terminating connection due to administrator command")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped("57P03", "FATAL: the database system is shutting down"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped("57P03", "FATAL: the database system is starting up"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped("57P02", "FATAL: terminating connection because of crash of"
                + " another server process"))).isTrue();
    }

    @Test
    void connectionFailuresAreAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(wrapped("08001", "Connection to localhost:5432 refused"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped("08006", "An I/O error occurred while sending to the backend")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new PersistenceException(new JDBCConnectionException("lost",
                new SQLException("lost"))))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("pool timeout"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void whatTheRequestOrTheDataCausedIsNot() {
        assertThat(DatabaseUnavailable.causedBy(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key", "23505"), "project_pkey"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(wrapped("57014", "ERROR: canceling statement due to statement timeout")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(wrapped(null, "no state"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    private static RuntimeException wrapped(String sqlState, String message) {
        return new PersistenceException(new GenericJDBCException("JDBC exception executing SQL [" + message + "]",
                new SQLException(message, sqlState)));
    }
}
