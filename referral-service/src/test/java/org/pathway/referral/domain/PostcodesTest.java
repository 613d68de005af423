package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "N1 9GU, A9",
            "B33 8TH, A99",
            "CR2 6XH, AA9",
            "CF10 1AA, AA99",
            "W1A 0AX, A9A",
            "EC1A 1BB, AA9A",
            "SW1A 2AA, AA9A",
            "DN55 1PT, AA99",
            "GIR 0AA, Girobank exception",
            "n19gu, lower case without space",
            "' ec1a  1bb ', extra spaces",
            "cf101aa, lower case without space",
    })
    void acceptsUkFormats(String postcode, String format) {
        assertThat(Postcodes.isValidUk(postcode)).isTrue();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "Q1 1AA, Q never starts a postcode",
            "N1 9CU, C never appears in the inward code",
            "N1 9G, inward code too short",
            "N1, outward code only",
            "12345, US ZIP",
            "ABC1 1AA, three-letter area",
            "N1 9GU X, trailing text",
            "75008, French code",
            "EC1I 1BB, I never ends an AA9A outward code",
    })
    void rejectsNonUkFormats(String postcode, String why) {
        assertThat(Postcodes.isValidUk(postcode)).as(why).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void rejectsMissing(String postcode) {
        assertThat(Postcodes.isValidUk(postcode)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "n19gu, N1 9GU",
            "' N1   9gu ', N1 9GU",
            "cf101aa, CF10 1AA",
            "ec1a1bb, EC1A 1BB",
            "gir0aa, GIR 0AA",
    })
    void normalisesToUpperCaseWithOneSpace(String input, String expected) {
        assertThat(Postcodes.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "N1 9GU, N1",
            "CF10 1AA, CF10",
            "EC1A 1BB, EC1A",
            "w1a0ax, W1A",
            "B33 8TH, B33",
    })
    void districtIsTheOutwardCode(String postcode, String district) {
        assertThat(Postcodes.district(postcode)).isEqualTo(district);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "N1"})
    void refusesToNormaliseWithoutEchoingTheValue(String postcode) {
        assertThatThrownBy(() -> Postcodes.normalise(postcode))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(postcode);
    }
}
