package org.pathway.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.events.WithdrawalScope;

class ParticipantStateTest {

    @ParameterizedTest(name = "placed {0}, closed {1}, withdrawn {2} -> clock runs {3}")
    @CsvSource({
        "true,  false, ,       true",
        "false, false, ,       false",
        "true,  true,  ,       false",
        "true,  false, FUTURE, false",
        "true,  false, ALL,    false",
    })
    void theElapsedTimeClockRunsOnlyForPlacedActiveParticipants(boolean placed, boolean closed,
                                                               WithdrawalScope withdrawn, boolean expected) {
        ParticipantState state = new ParticipantState("P-0000000000000001", Optional.empty(),
                placed ? LocalDate.of(2026, 11, 1) : null, closed, withdrawn);
        assertThat(state.placedAndActive()).isEqualTo(expected);
        assertThat(state.withdrawn()).isEqualTo(withdrawn != null);
    }
}
