package org.pathway.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.chassis.events.WireValue;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.domain.CloseReason;
import org.pathway.referral.domain.ContactMethod;

class FieldChecksTest {

    static Stream<Arguments> unknownValues() {
        return Stream.of(
                Arguments.of("method", "PHONE", ContactMethod.class),
                Arguments.of("method", "in_person", ContactMethod.class),
                Arguments.of("method", "email", ContactMethod.class),
                Arguments.of("method", null, ContactMethod.class),
                Arguments.of("reason", "COMPLETED", CloseReason.class),
                Arguments.of("reason", "moved away", CloseReason.class),
                Arguments.of("reason", null, CloseReason.class));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("unknownValues")
    <E extends Enum<E> & WireValue> void anUnknownOrMissingWireValueIsAnInvalidField(String field, String value, Class<E> type) {
        assertInvalid(field, value, () -> FieldChecks.requiredWireValue(field, value, type));
    }

    @ParameterizedTest(name = "\"{0}\" as scope")
    @NullAndEmptySource
    @ValueSource(strings = {"ALL", "some", "All"})
    void anUnknownOrMissingScopeIsAnInvalidField(String value) {
        assertInvalid("scope", value, () -> FieldChecks.requiredWireValue("scope", value, WithdrawalScope.class));
    }

    @Test
    void aKnownWireValueIsItsConstant() {
        assertThat(FieldChecks.requiredWireValue("reason", "moved-away", CloseReason.class))
                .isEqualTo(CloseReason.MOVED_AWAY);
        assertThat(FieldChecks.requiredWireValue("scope", "future", WithdrawalScope.class))
                .isEqualTo(WithdrawalScope.FUTURE);
    }

    @Test
    void anUnknownValueIsToldTheValuesThereAre() {
        Problem problem = catchThrowableOfType(Problem.class,
                () -> FieldChecks.requiredWireValue("method", "email", ContactMethod.class));

        assertThat(problem.errors())
                .containsExactly(new FieldError("method", "must be one of: phone, video, in-person, text"));
    }

    private static void assertInvalid(String field, String value, ThrowingCallable parse) {
        Problem problem = catchThrowableOfType(Problem.class, parse);

        assertThat(problem).isNotNull();
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly(field);
        if (value != null && !value.isBlank()) {
            assertThat(problem.errors().get(0).message()).doesNotContain(value);
        }
    }
}
