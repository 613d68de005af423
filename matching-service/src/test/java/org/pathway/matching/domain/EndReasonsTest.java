package org.pathway.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class EndReasonsTest {

    @ParameterizedTest
    @CsvSource({"completed", "moved-away", "camhs-treatment-started", "a1"})
    void acceptsLowerCaseSlugs(String code) {
        assertThat(EndReasons.isCode(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @CsvSource({"Completed", "moved away", "-completed", "completed-", "moved--away", "Moved to Leeds"})
    void refusesFreeTextAndMalformedCodes(String code) {
        assertThat(EndReasons.isCode(code)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"64, true", "65, false"})
    void limitsTheLength(int length, boolean accepted) {
        assertThat(EndReasons.isCode("a".repeat(length))).isEqualTo(accepted);
    }
}
