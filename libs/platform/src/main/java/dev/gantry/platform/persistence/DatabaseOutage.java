package dev.gantry.platform.persistence;

import org.hibernate.exception.JDBCConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that is away (stopped, restarting, failing over, unreachable) from a request or an event at fault:
 * the HTTP layer answers the first with 503 and {@code Retry-After}, consumers wait it out instead of counting it as a
 * failed attempt at the event.
 *
 * <p>Connection failures (SQLState class 08) are not the only sign. When PostgreSQL stops or restarts it ends the open
 * sessions with 57P01 ({@code admin_shutdown}: "terminating connection due to administrator command", what a fast
 * shutdown and {@code pg_terminate_backend} send) or 57P02 ({@code crash_shutdown}), and refuses new ones with 57P03
 * ({@code cannot_connect_now}: "the database system is shutting down", "... is starting up"). Hibernate turns those
 * into a generic JDBC exception, which on its own would be an unexpected failure: a 500, and a dead letter after a
 * consumer's last attempt.
 */
public final class DatabaseOutage {

    /** PostgreSQL's "operator intervention" states that mean the server is going away or not back yet. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    /** True when the failure, or any of its causes, says the database cannot be reached or is not serving now. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && isOutageState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_AWAY.contains(sqlState));
    }
}
