package org.pathway.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionModeTest {

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
