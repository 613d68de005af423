package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessibilityTagsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Wheelchair access on all levels                    | step-free
            Level access; induction loop at reception           | step-free hearing-loop
            Accessible toilet and blue badge parking            | accessible-toilet accessible-parking
            BSL interpreter on request                          | bsl
            Quiet room for anyone who needs a break             | sensory-friendly
            Please ask at reception                             | ''
            """)
    void recognisesClearAccessibilityPhrases(String description, String tags) {
        List<String> expected = tags.isBlank() ? List.of() : List.of(tags.split(" "));

        assertThat(AccessibilityTags.from(List.of(description))).isEqualTo(expected);
    }
}
