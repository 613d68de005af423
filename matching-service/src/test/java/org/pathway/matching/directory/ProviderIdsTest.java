package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderIdsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Green Gym Islington                 | green-gym-islington
            Mind Caerdydd & Bro Morgannwg       | mind-caerdydd-and-bro-morgannwg
            Example Organization Inc.           | example-organization-inc
              --Café  Ŵyl--                     | cafe-wyl
            d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610 | d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610
            !!!                                 | ''
            """)
    void makesLowerCaseHyphenatedIds(String text, String slug) {
        assertThat(ProviderIds.of(text)).isEqualTo(slug);
    }

    @Test
    void cutsLongNamesAtSixtyFourCharactersWithoutATrailingHyphen() {
        String slug = ProviderIds.of("a".repeat(63) + " b");

        assertThat(slug).isEqualTo("a".repeat(63));
    }
}
