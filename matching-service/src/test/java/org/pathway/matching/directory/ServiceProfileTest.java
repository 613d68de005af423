package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.matching.directory.ServiceProfile.StatedAges;

class ServiceProfileTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            stated, text silent                 | Football      | five-a-side            | 11   | 18   | 11 | 18 | false | stated by the directory: 11–18
            stated, text agrees                 | Football      | for ages 11-18         | 11   | 18   | 11 | 18 | false | the text agrees
            stated wide, text narrows           | Taekwondo     | 16 years and above     | 0    | 25   | 16 | 25 | false | narrowed by the text: "16 years and above"
            stated, text contradicts            | Youth club    | for adults only        | 5    | 11   | 5  | 11 | true  | but the text says "adults"
            not stated, text states             | Youth club    | young people aged 11-19 | none | none | 11 | 19 | false | from the text: "11-19"
            not stated, text says 18+, capped   | Drug support  | anyone over 18         | none | none | 18 | 25 | false | from the text: "over 18"
            not stated, text silent             | Drop-in       | come along             | none | none | 0  | 25 | true  | no ages stated by the directory or in the text
            """)
    void decidesTheAgesSafelyAndKeepsTheEvidence(String why, String name, String description, Integer statedMin,
                                                  Integer statedMax, int min, int max, boolean needsReview,
                                                  String evidence) {
        Optional<StatedAges> stated = statedMin == null ? Optional.empty()
                : Optional.of(new StatedAges(statedMin, statedMax));

        ServiceProfile profile = ServiceProfile.of(name, description, List.of(), stated);

        assertThat(profile.minAge()).as(why).isEqualTo(min);
        assertThat(profile.maxAge()).as(why).isEqualTo(max);
        assertThat(profile.needsReview()).as(why).isEqualTo(needsReview);
        assertThat(profile.ageEvidence()).as(why).contains(evidence);
        assertThat(profile.outOfScope()).isFalse();
    }

    @Test
    void aServiceWhoseTextSaysOver50IsOutOfScope() {
        assertThat(ServiceProfile.of("50+ Gardening Group", "weekly drop in", List.of(), Optional.empty()).outOfScope())
                .isTrue();
        assertThat(ServiceProfile.of("Over 60s Club", "", List.of(), Optional.of(new StatedAges(0, 25))).outOfScope())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a taxonomy term wins                | Sport and physical activity | Choir                  | singing       | sport  | taxonomy term "Sport and physical activity"
            no term matches: name and text      | Community                   | Lydian Choir           | choral music  | arts   | "choir"
            no terms: name and text             | ''                          | Walking Netball        | fun and laughter | sport | "netball"
            no keyword at all                   | ''                          | Link Direct Ltd        | ''            | other  | no keyword
            """)
    void filesTheCategoryFromTaxonomyTermsElseFromTheText(String why, String term, String name, String description,
                                                           String category, String evidence) {
        List<String> terms = term.isEmpty() ? List.of() : List.of(term);

        ServiceProfile profile = ServiceProfile.of(name, description, terms, Optional.of(new StatedAges(0, 25)));

        assertThat(profile.category()).as(why).isEqualTo(category);
        assertThat(profile.categoryEvidence()).as(why).contains(evidence);
    }
}
