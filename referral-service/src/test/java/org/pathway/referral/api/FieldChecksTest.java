package org.pathway.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.domain.CloseReason;
import org.pathway.referral.domain.ContactMethod;
import org.pathway.referral.domain.WireValues;
import org.pathway.referral.domain.WithdrawalScope;

class FieldChecksTest {

    static Stream<Arguments> unknownValues() {
        return Stream.of(
                Arguments.of("method", "PHONE", ContactMethod.class),
                Arguments.of("method", "in_person", ContactMethod.class),
                Arguments.of("method", "email", ContactMethod.class),
                Arguments.of("method", null, ContactMethod.class),
                Arguments.of("scope", "ALL", WithdrawalScope.class),
                Arguments.of("scope", "", WithdrawalScope.class),
                Arguments.of("scope", null, WithdrawalScope.class),
                Arguments.of("reason", "COMPLETED", CloseReason.class),
                Arguments.of("reason", "moved away", CloseReason.class),
                Arguments.of("reason", null, CloseReason.class));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("unknownValues")
    <E extends Enum<E>> void anUnknownOrMissingWireValueIsAnInvalidField(String field, String value, Class<E> type) {
        Problem problem = catchThrowableOfType(Problem.class, () -> requiredWireValue(field, value, type));

        assertThat(problem).isNotNull();
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly(field);
        assertThat(problem.errors().get(0).message()).doesNotContain(value == null || value.isEmpty() ? "\0" : value);
    }

    @Test
    void aKnownWireValueIsItsConstant() {
        assertThat(requiredWireValue("scope", "future", WithdrawalScope.class)).isEqualTo(WithdrawalScope.FUTURE);
    }

    @Test
    void anUnknownValueIsToldTheValuesThereAre() {
        Problem problem = catchThrowableOfType(Problem.class, () -> requiredWireValue("scope", "some",
                WithdrawalScope.class));

        assertThat(problem.errors()).containsExactly(new FieldError("scope", "must be one of: all, future"));
    }

    private static <E extends Enum<E>> E requiredWireValue(String field, String value, Class<E> type) {
        Function<String, Optional<E>> parse = wire -> WireValues.parse(type, wire);
        List<String> allowed = WireValues.all(type);
        return FieldChecks.requiredWireValue(field, value, parse, allowed);
    }
}
