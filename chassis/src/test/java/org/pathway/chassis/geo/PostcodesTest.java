package org.pathway.chassis.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodesTest {

    @ParameterizedTest(name = "{0} ({3})")
    @CsvSource({
            "N1 9GU, N1 9GU, N1, A9",
            "B33 8TH, B33 8TH, B33, A99",
            "CR2 6XH, CR2 6XH, CR2, AA9",
            "CF10 1AA, CF10 1AA, CF10, AA99",
            "W1A 0AX, W1A 0AX, W1A, A9A",
            "EC1A 1BB, EC1A 1BB, EC1A, AA9A",
            "NW10 4AB, NW10 4AB, NW10, AA99",
            "DN55 1PT, DN55 1PT, DN55, AA99",
            "GIR 0AA, GIR 0AA, GIR, Girobank exception",
            "n19gu, N1 9GU, N1, lower case without space",
            "n78jl, N7 8JL, N7, lower case without space",
            "' ec1a  1bb ', EC1A 1BB, EC1A, extra spaces",
            "' cf24  3dg ', CF24 3DG, CF24, extra spaces",
    })
    void acceptsNormalisesAndFindsTheDistrict(String input, String normalised, String district, String format) {
        assertThat(Postcodes.isValid(input)).isTrue();
        assertThat(Postcodes.normalise(input)).contains(normalised);
        assertThat(Postcodes.district(input)).contains(district);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "QA1 1AA, Q never starts a postcode",
            "Q1 1AA, Q never starts a postcode",
            "N1 9CI, C and I never appear in the inward code",
            "N1 9CU, C never appears in the inward code",
            "N1 9G, inward code too short",
            "N7 8JLL, inward code too long",
            "N1, outward code only",
            "12345, US ZIP",
            "75008, French code",
            "ABC1 1AA, three-letter area",
            "NNN7 8JL, three-letter area",
            "7N 8JL, digit first",
            "N1 9GU X, trailing text",
            "EC1I 1BB, I never ends an AA9A outward code",
    })
    void refusesWhatIsNotAUkPostcode(String input, String why) {
        assertThat(Postcodes.isValid(input)).as(why).isFalse();
        assertThat(Postcodes.normalise(input)).isEmpty();
        assertThat(Postcodes.district(input)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void refusesMissing(String input) {
        assertThat(Postcodes.isValid(input)).isFalse();
        assertThat(Postcodes.normalise(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, true", "N1 9GU, true", "n19gu, true", "QA1 1AA, false",
            "N1 9CI, false", "'', false"})
    void theConstraintLetsNullThroughAndChecksTheRest(String value, boolean valid) {
        assertThat(new UkPostcodeValidator().isValid(value, null)).isEqualTo(valid);
    }
}
