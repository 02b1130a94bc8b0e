package dev.gantry.platform.persistence;

import org.hibernate.exception.JDBCConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached or ended the session: the database's fault, not the
 * work's. Consumers retry such work until the database is back (ADR 0002); clients get 503 with {@code Retry-After}.
 *
 * <p>Besides connection failures (no connection, a refused or broken socket: SQLState class {@code 08}), this covers
 * the sessions PostgreSQL ends itself, class {@code 57P}: {@code 57P01} when the server shuts down or an operator or a
 * failover tool terminates the session, {@code 57P02} after a crash, {@code 57P03} while it starts or stops. Hibernate
 * reports those as a generic JDBC error; the first use of a pooled session after a restart may meet one.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or one of its causes says the database is unavailable. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (is(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this exception itself, not looking at its causes, says the database is unavailable. */
    public static boolean is(Throwable failure) {
        if (failure instanceof JDBCConnectionException || failure instanceof SQLTransientConnectionException
                || failure instanceof ConnectException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.startsWith("57P");
        }
        return false;
    }
}
