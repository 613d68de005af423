package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParticipantIdsTest {

    private static final String FORMAT = "^P-[0-9A-HJKMNP-TV-Z]{16}$";

    @Test
    void usesCrockfordBase32AfterThePrefix() {
        IntStream.range(0, 1_000).forEach(i -> assertThat(ParticipantIds.next()).matches(FORMAT));
    }

    @Test
    void tenThousandIdsAreDistinct() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> ids.add(ParticipantIds.next()));

        assertThat(ids).hasSize(10_000);
    }

    @Test
    void usesTheWholeAlphabetInEveryPosition() {
        // A stuck bit or an off-by-one in the 5-bit extraction would leave some character unused somewhere.
        List<Set<Character>> seen = IntStream.range(0, 16).mapToObj(p -> new HashSet<Character>())
                .collect(Collectors.toList());
        IntStream.range(0, 5_000).mapToObj(i -> ParticipantIds.next().substring(2)).forEach(id -> {
            for (int p = 0; p < seen.size(); p++) {
                seen.get(p).add(id.charAt(p));
            }
        });

        for (Set<Character> position : seen) {
            assertThat(position).hasSize(32);
        }
    }
}
