package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;

class WireEnumsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "phone, PHONE",
            "video, VIDEO",
            "in-person, IN_PERSON",
            "text, TEXT",
    })
    void parsesContactMethods(String wire, ContactMethod expected) {
        assertThat(ContactMethod.fromWire(wire)).isEqualTo(expected);
        assertThat(expected.wire()).isEqualTo(wire);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"all, ALL", "future, FUTURE"})
    void parsesWithdrawalScopes(String wire, WithdrawalScope expected) {
        assertThat(WithdrawalScope.fromWire(wire)).isEqualTo(expected);
        assertThat(expected.wire()).isEqualTo(wire);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "camhs-treatment-started, CAMHS_TREATMENT_STARTED",
            "completed, COMPLETED",
            "moved-away, MOVED_AWAY",
            "no-longer-wants, NO_LONGER_WANTS",
            "other, OTHER",
    })
    void parsesCloseReasons(String wire, CloseReason expected) {
        assertThat(CloseReason.fromWire(wire)).isEqualTo(expected);
        assertThat(expected.wire()).isEqualTo(wire);
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("unknownValues")
    void rejectsUnknownOrMissingValuesAsInvalidField(String field, String value, Function<String, Enum<?>> parse) {
        Problem problem = catchThrowableOfType(Problem.class, () -> parse.apply(value));

        assertThat(problem).isNotNull();
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly(field);
    }

    static Stream<Arguments> unknownValues() {
        Function<String, Enum<?>> method = ContactMethod::fromWire;
        Function<String, Enum<?>> scope = WithdrawalScope::fromWire;
        Function<String, Enum<?>> reason = CloseReason::fromWire;
        return Stream.of(
                Arguments.of("method", "PHONE", method),
                Arguments.of("method", "in_person", method),
                Arguments.of("method", "email", method),
                Arguments.of("method", null, method),
                Arguments.of("scope", "ALL", scope),
                Arguments.of("scope", "", scope),
                Arguments.of("scope", null, scope),
                Arguments.of("reason", "COMPLETED", reason),
                Arguments.of("reason", "moved away", reason),
                Arguments.of("reason", null, reason));
    }
}
