package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Binds parameters by their Java type, so that a null is sent with the column's SQL type and
 * PostgreSQL need not guess it (an untyped null inside {@code least(...)} is an error).
 */
final class Statements {

    private Statements() {
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            bind(statement, i + 1, parameters[i]);
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Typed typed) {
            if (typed.value() == null) {
                statement.setNull(index, typed.sqlType());
            } else {
                bind(statement, index, typed.value());
            }
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, date, Types.DATE);
        } else if (value instanceof UUID uuid) {
            statement.setObject(index, uuid, Types.OTHER);
        } else if (value == null) {
            throw new IllegalArgumentException("a null parameter needs its SQL type: use Statements.nullable");
        } else {
            statement.setObject(index, value);
        }
    }

    /** A parameter that may be null, with the SQL type to send when it is. */
    static Typed nullable(Object value, int sqlType) {
        return new Typed(value, sqlType);
    }

    record Typed(Object value, int sqlType) {
    }
}
