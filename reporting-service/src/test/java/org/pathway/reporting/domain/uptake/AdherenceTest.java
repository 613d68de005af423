package org.pathway.reporting.domain.uptake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.chassis.events.AttendanceStatus;

class AdherenceTest {

    private static final LocalDate PLACED_ON = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource({
            "3, 3, true",
            "3, 4, false",
            "4, 3, true",
            "1, 0, true",
            "0, 1, false",
            "6, 0, true",
            "2, 3, false",
            "0, 0, false"})
    void adheresWhenAttendingAtLeastHalfOfTheOfferedSessions(int attended, int missed, boolean adheres) {
        assertThat(Adherence.adheres(attended, missed)).isEqualTo(adheres);
    }

    static Stream<Arguments> sessionHistories() {
        return Stream.of(
                // attended 1 of 2 offered; five provider cancellations were never offered
                Arguments.of("cancelled sessions are not offered",
                        sessions(0, "attended", 7, "missed", 14, "cancelled", 21, "cancelled", 28, "cancelled",
                                35, "cancelled", 42, "cancelled"), true),
                // placement day and day 83 count; day 84 (week 13) and the day before placement do not:
                // attended 1, missed 2 in the window
                Arguments.of("only the first 12 weeks from placement count",
                        sessions(-1, "attended", 0, "missed", 40, "attended", 83, "missed", 84, "attended",
                                91, "attended"), false),
                // missed 1, attended 1 in the window; the late misses fall outside it
                Arguments.of("late misses after week 12 do not count against",
                        sessions(0, "missed", 77, "attended", 84, "missed", 90, "missed"), true),
                Arguments.of("only cancellations: nothing offered, so no adherence",
                        sessions(0, "cancelled", 7, "cancelled"), false),
                Arguments.of("no sessions at all", sessions(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessionHistories")
    void countsSessionsOfferedInTheFirstTwelveWeeks(String description, List<SessionRecord> sessions, boolean adheres) {
        assertThat(Adherence.adheres(PLACED_ON, sessions)).isEqualTo(adheres);
    }

    @Test
    void rejectsNegativeSessionCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Adherence.adheres(-1, 2));
    }

    /** Pairs of (days after placement, status). */
    private static List<SessionRecord> sessions(Object... dayAndStatus) {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < dayAndStatus.length; i += 2) {
            sessions.add(new SessionRecord(PLACED_ON.plusDays((Integer) dayAndStatus[i]),
                    AttendanceStatus.fromWire((String) dayAndStatus[i + 1]).orElseThrow()));
        }
        return sessions;
    }
}
