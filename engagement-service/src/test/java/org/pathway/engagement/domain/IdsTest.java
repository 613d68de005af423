package org.pathway.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdsTest {

    @ParameterizedTest
    @CsvSource({
        "green-gym, true",
        "gym2, true",
        "Green-Gym, false",
        "green_gym, false",
        "-gym, false",
        "gym-, false",
        "a1234567890123456789012345678901234567890123456789012345678901234, false",
        "a123456789012345678901234567890123456789012345678901234567890123, true",
    })
    void providerIdsAreLowerCaseSlugsOfAtMost64Characters(String providerId, boolean expected) {
        assertThat(ProviderIds.isWellFormed(providerId)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "P-0123456789ABCDEF, true",
        "P-0123456789ABCDEI, false",
        "P-0123456789abcdef, false",
        "P-0123456789ABCDE, false",
        "0123456789ABCDEFGH, false",
    })
    void participantIdsArePseudonyms(String participantId, boolean expected) {
        assertThat(ParticipantIds.isWellFormed(participantId)).isEqualTo(expected);
    }
}
