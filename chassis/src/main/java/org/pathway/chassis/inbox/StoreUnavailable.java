package org.pathway.chassis.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached (restarting, connections refused,
 * pool exhausted), as opposed to something wrong with the event or its effect. Such a failure says
 * nothing about the event, so the inbox waits for the database instead of dead-lettering it.
 */
final class StoreUnavailable {

    private StoreUnavailable() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exception; 57P: operator intervention (shutdown, restart); 53: insufficient resources
            return state.startsWith("08") || state.startsWith("57P") || state.startsWith("53");
        }
        String message = e.getMessage();
        return message != null && message.contains("acquisition timeout");
    }
}
