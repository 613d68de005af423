package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagsTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "art | art",
            "Art & Crafts | art crafts",
            "  Step-free  | step-free",
            "step - free | step-free",
            "Café culture | cafe culture",
            "five-a-side football | five-a-side football",
            "--- | ''",
            "!!! | ''",
            "BSL_signing | bsl signing",
    })
    void normalisesFreeTextToALowerCaseTag(String text, String tag) {
        assertThat(Tags.normalise(text)).isEqualTo(tag);
    }

    @Test
    void cutsLongTextToTheLimitWithoutATrailingSeparator() {
        String tag = Tags.normalise("a".repeat(39) + " bcd");

        assertThat(tag).isEqualTo("a".repeat(39)).hasSizeLessThanOrEqualTo(Tags.MAX_LENGTH);
    }

    @Test
    void dropsEmptiesAndRepeatsKeepingFirstSeenOrder() {
        assertThat(Tags.normalise(Arrays.asList("Football", "art", "FOOTBALL", "  ", null, "Art")))
                .containsExactly("football", "art");
    }

    @Test
    void noListIsAnEmptyList() {
        assertThat(Tags.normalise((List<String>) null)).isEmpty();
    }
}
