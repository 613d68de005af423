package org.pathway.chassis.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void aPoolAcquisitionTimeoutDeepInTheChainIsUnavailability() {
        SQLException pool = new SQLException("Sorry, acquisition timeout!", new TimeoutException());
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("wrapped", new RuntimeException(pool)))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
    }

    @Test
    void aConnectionFailureIsUnavailability() {
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("I/O", "08006")))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndOtherTimeoutsAreNot() {
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new TimeoutException()))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("no cause"))).isFalse();
    }
}
