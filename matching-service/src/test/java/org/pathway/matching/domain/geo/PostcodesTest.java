package org.pathway.matching.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            N7 8JL,    N7 8JL,   N7
            n78jl,     N7 8JL,   N7
            ' cf24  3dg ', CF24 3DG, CF24
            EC1A 1BB,  EC1A 1BB, EC1A
            W1A 0AX,   W1A 0AX,  W1A
            NW10 4AB,  NW10 4AB, NW10
            """)
    void normalisesAndFindsTheDistrict(String input, String normalised, String district) {
        assertThat(Postcodes.isValid(input)).isTrue();
        assertThat(Postcodes.normalise(input)).contains(normalised);
        assertThat(Postcodes.district(input)).contains(district);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"N7", "12345", "ABC 1234", "N7 8J", "N7 8JLL", "NNN7 8JL", "7N 8JL"})
    void rejectsWhatIsNotAUkPostcodeFormat(String input) {
        assertThat(Postcodes.isValid(input)).isFalse();
        assertThat(Postcodes.normalise(input)).isEmpty();
        assertThat(Postcodes.district(input)).isEmpty();
    }
}
