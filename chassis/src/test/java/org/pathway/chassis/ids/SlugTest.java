package org.pathway.chassis.ids;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "north-london", "art-club-2", "7", "9am-swim"})
    void lowerCaseWordsJoinedByHyphens(String slug) {
        assertThat(Slug.isValid(slug)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"North-London", "north--london", "-north", "north-", "north london", "north_london",
            "café", "a\n"})
    void anythingElse(String slug) {
        assertThat(Slug.isValid(slug)).isFalse();
    }
}
