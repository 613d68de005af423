package org.pathway.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWireValuesTest {

    @ParameterizedTest
    @CsvSource({
        "attended,  ATTENDED",
        "missed,    MISSED",
        "cancelled, CANCELLED",
        "Attended,",
        "canceled,",
        "'',"
    })
    void readsAttendanceStatusOnlyFromExactWireValues(String wire, AttendanceStatus expected) {
        assertThat(AttendanceStatus.fromWire(wire).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "phone,     PHONE",
        "video,     VIDEO",
        "in-person, IN_PERSON",
        "text,      TEXT",
        "in_person,",
        "IN_PERSON,",
        "email,"
    })
    void readsSessionModeOnlyFromExactWireValues(String wire, SessionMode expected) {
        assertThat(SessionMode.fromWire(wire).orElse(null)).isEqualTo(expected);
    }
}
