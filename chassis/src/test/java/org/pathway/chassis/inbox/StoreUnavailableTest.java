package org.pathway.chassis.inbox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class StoreUnavailableTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("connection refused (08001)", new SQLException("refused", "08001"), true),
                Arguments.of("connection lost (08006)", new SQLException("I/O error", "08006"), true),
                Arguments.of("server shutting down (57P01)", new SQLException("terminating", "57P01"), true),
                Arguments.of("too many connections (53300)", new SQLException("too many", "53300"), true),
                Arguments.of("pool exhausted", new SQLException("Sorry, acquisition timeout!"), true),
                Arguments.of("transient connection", new SQLTransientConnectionException("x"), true),
                Arguments.of("recoverable", new SQLRecoverableException("x"), true),
                Arguments.of("wrapped twice", new RuntimeException(new IllegalStateException(new SQLException("x", "08003"))), true),
                Arguments.of("unique violation (23505)", new SQLException("duplicate key", "23505"), false),
                Arguments.of("not null violation (23502)", new SQLException("null value", "23502"), false),
                Arguments.of("no state, other message", new SQLException("syntax"), false),
                Arguments.of("not a database failure", new IllegalArgumentException("bad value"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void tellsAnUnreachableDatabaseFromAFailureOfTheEvent(String name, Throwable failure, boolean unavailable) {
        assertThat(StoreUnavailable.isCause(failure)).isEqualTo(unavailable);
    }
}
