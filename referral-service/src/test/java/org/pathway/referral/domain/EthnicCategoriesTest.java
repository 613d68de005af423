package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The code pattern; an absent category (null) is "not stated" and allowed by the request. */
class EthnicCategoriesTest {

    @ParameterizedTest
    @ValueSource(strings = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z", "99"})
    void acceptsDataDictionaryCodes(String code) {
        assertThat(code.matches(EthnicCategories.CODE)).isTrue();
    }

    @ParameterizedTest
    @EmptySource
    @ValueSource(strings = {"I", "O", "Q", "T", "U", "X", "Y", "a", "9", "AA", "98", " A"})
    void rejectsOtherCodes(String code) {
        assertThat(code.matches(EthnicCategories.CODE)).isFalse();
    }
}
