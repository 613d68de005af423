package org.pathway.chassis.problem;

import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Whether a failure means the database could not be reached for this request, rather than that the request or our
 * code was wrong: every pooled connection stayed busy for the pool's whole acquisition timeout (Agroal's
 * {@code SQLException} "Sorry, acquisition timeout!", or one caused by a {@code TimeoutException} while a new
 * connection was being made), or the connection failed (SQLState class {@code 08}).
 * The client may repeat such a request (an idempotency key or external reference makes the repeat of one that was
 * stored after all harmless), so it is answered 503 with {@code Retry-After}, not 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before repeating the request. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (acquisitionTimeout(sql) || connectionFailed(sql))) {
                return true;
            }
        }
        return false;
    }

    /** Agroal's two forms: waiting for a connection given back, and for a new one to be made. */
    private static boolean acquisitionTimeout(SQLException sql) {
        return sql.getCause() instanceof TimeoutException
                || (sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"));
    }

    private static boolean connectionFailed(SQLException sql) {
        return sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
    }
}
