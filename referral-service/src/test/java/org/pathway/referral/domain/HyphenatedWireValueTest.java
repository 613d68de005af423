package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.chassis.events.WireValue;

class HyphenatedWireValueTest {

    static Stream<Arguments> everyWireValue() {
        return Stream.of(
                Arguments.of("phone", ContactMethod.PHONE),
                Arguments.of("video", ContactMethod.VIDEO),
                Arguments.of("in-person", ContactMethod.IN_PERSON),
                Arguments.of("text", ContactMethod.TEXT),
                Arguments.of("camhs-treatment-started", CloseReason.CAMHS_TREATMENT_STARTED),
                Arguments.of("completed", CloseReason.COMPLETED),
                Arguments.of("moved-away", CloseReason.MOVED_AWAY),
                Arguments.of("no-longer-wants", CloseReason.NO_LONGER_WANTS),
                Arguments.of("other", CloseReason.OTHER));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("everyWireValue")
    <E extends Enum<E> & WireValue> void spellsAndParsesEveryValue(String wire, E constant) {
        assertThat(constant.wire()).isEqualTo(wire);
        assertThat(WireValue.fromWire(constant.getDeclaringClass(), wire)).contains(constant);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"PHONE", "in_person", "In-Person", "email", " phone"})
    void anythingElseIsNoValue(String wire) {
        assertThat(WireValue.fromWire(ContactMethod.class, wire)).isEmpty();
    }
}
