package org.pathway.chassis.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WireValueTest {

    @ParameterizedTest
    @CsvSource({"all, ALL", "future, FUTURE"})
    void withdrawalScopesByWireValue(String wire, WithdrawalScope scope) {
        assertThat(WithdrawalScope.fromWire(wire)).contains(scope);
        assertThat(scope.wire()).isEqualTo(wire);
    }

    @ParameterizedTest
    @CsvSource({"attended, ATTENDED", "missed, MISSED", "cancelled, CANCELLED"})
    void attendanceStatusesByWireValue(String wire, AttendanceStatus status) {
        assertThat(AttendanceStatus.fromWire(wire)).contains(status);
        assertThat(status.wire()).isEqualTo(wire);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ALL", "All", " all", "everything", "ATTENDED", "attended ", "canceled"})
    void onlyExactWireValues(String value) {
        assertThat(WithdrawalScope.fromWire(value)).isEmpty();
        assertThat(AttendanceStatus.fromWire(value)).isEmpty();
    }
}
