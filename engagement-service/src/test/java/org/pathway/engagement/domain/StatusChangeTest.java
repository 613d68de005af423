package org.pathway.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusChangeTest {

    @ParameterizedTest(name = "{0} + evaluated {1} -> {2}")
    @CsvSource({
        ",            ,            ",
        ",            CONNECTED,   CONNECTED",
        "CONNECTED,   ENGAGED,     ENGAGED",
        "SUSTAINED,   DISENGAGED,  DISENGAGED",
        "DISENGAGED,  CONNECTED,   CONNECTED",
        "DISENGAGED,  ,            DISENGAGED",
        "ENGAGED,     ,            ENGAGED",
    })
    void neverFallsBackToNotYetConnected(EngagementStatus previous, EngagementStatus evaluated,
                                         EngagementStatus expected) {
        assertThat(StatusChange.next(Optional.ofNullable(previous), Optional.ofNullable(evaluated)))
                .isEqualTo(Optional.ofNullable(expected));
    }
}
