package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9434765870", "4010232137"})
    void acceptsPublishedValidExamples(String number) {
        assertThat(NhsNumbers.isValid(number)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "9434765918, wrong check digit",
            "9434765910, wrong check digit",
            "4010232138, wrong check digit",
            "943476591, nine digits",
            "94347659190, eleven digits",
            "'943 476 5919', spaced",
            "943-476-5919, hyphenated",
            "943476591A, letter",
            "'９４３４７６５９１９', non-ASCII digits",
    })
    void rejects(String number, String why) {
        assertThat(NhsNumbers.isValid(number)).as(why).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissing(String number) {
        assertThat(NhsNumbers.isValid(number)).isFalse();
    }

    @Test
    void checkDigitElevenBecomesZero() {
        // Weights 9 and 2 on the two ones sum to 11: remainder 0, so the check digit is 0, not 11.
        assertThat(NhsNumbers.isValid("0100000010")).isTrue();
        assertThat(NhsNumbers.isValid("0100000011")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
    void rejectsEveryCheckDigitWhenTheCheckComputesToTen(char last) {
        // Weights 10 and 2 on the two ones sum to 12: remainder 1, check 10, which no digit can carry.
        assertThat(NhsNumbers.isValid("100000001" + last)).isFalse();
    }

    @Test
    void acceptsRepeatedDigitsBecauseTheModulusDoes() {
        // 54 × d ≡ −d (mod 11), so every repeated-digit number carries a matching check digit.
        assertThat(NhsNumbers.isValid("0000000000")).isTrue();
        assertThat(NhsNumbers.isValid("4444444444")).isTrue();
    }
}
