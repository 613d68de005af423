package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteRulesTest {

    @Test
    void defaultsToTheReferenceStudy() {
        assertThat(SiteRules.defaults()).isEqualTo(new SiteRules(11, 18, Set.of("anxiety", "depression", "trauma")));
    }

    @ParameterizedTest(name = "{0}–{1}")
    @CsvSource({"-1, 18", "12, 11"})
    void refusesAnImpossibleAgeRange(int min, int max) {
        assertThatThrownBy(() -> new SiteRules(min, max, Set.of("anxiety")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEmptyScope() {
        assertThatThrownBy(() -> new SiteRules(11, 18, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
