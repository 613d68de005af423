package org.pathway.reporting.domain.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StudyIdsTest {

    private static final String KEY = "a-test-key-of-at-least-thirty-two-characters";

    @Test
    void isTheSameForTheSamePseudonymAndKey() {
        assertThat(new StudyIds(KEY).of("P-0123456789ABCDEF")).isEqualTo(new StudyIds(KEY).of("P-0123456789ABCDEF"));
    }

    /** HMAC-SHA-256("a-test-key-of-at-least-thirty-two-characters", "P-0123456789ABCDEF"), first 8 bytes (openssl). */
    @Test
    void isTheFirstSixtyFourBitsOfTheHmacInHex() {
        assertThat(new StudyIds(KEY).of("P-0123456789ABCDEF")).isEqualTo("S-902a295af3a35af4");
    }

    @Test
    void differsBetweenPseudonymsAndBetweenKeysAndNeverShowsThePseudonym() {
        StudyIds ids = new StudyIds(KEY);
        String id = ids.of("P-0123456789ABCDEF");

        assertThat(id).matches("S-[0-9a-f]{16}").doesNotContain("0123456789ABCDEF");
        assertThat(ids.of("P-0123456789ABCDEG")).isNotEqualTo(id);
        assertThat(new StudyIds(KEY + "x").of("P-0123456789ABCDEF")).isNotEqualTo(id);
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new StudyIds("too-short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32");
    }
}
