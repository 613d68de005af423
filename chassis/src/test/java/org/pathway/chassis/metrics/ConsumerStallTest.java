package org.pathway.chassis.metrics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerStallTest {

    private static final Instant T0 = Instant.parse("2026-12-07T18:00:00Z");
    private static final Duration THRESHOLD = Duration.ofSeconds(60);

    /** A reading: seconds after T0, the group's lag, the sum of its committed offsets. */
    record Reading(long second, long lag, long committed) {
    }

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("no lag ever", List.of(new Reading(0, 0, 10), new Reading(120, 0, 10)), 121, false),
                Arguments.of("behind, committing as it goes", List.of(new Reading(0, 5, 10), new Reading(50, 5, 20),
                        new Reading(100, 5, 30)), 130, false),
                Arguments.of("behind, no progress past the threshold", List.of(new Reading(0, 5, 10), new Reading(30, 7, 10),
                        new Reading(95, 9, 10)), 95, true),
                Arguments.of("behind, no progress, not yet past the threshold", List.of(new Reading(0, 5, 10),
                        new Reading(60, 7, 10)), 60, false),
                Arguments.of("stalled, then moved on", List.of(new Reading(0, 5, 10), new Reading(90, 5, 10),
                        new Reading(100, 2, 13)), 100, false),
                Arguments.of("caught up without committing more (lag 0)", List.of(new Reading(0, 5, 10),
                        new Reading(90, 0, 10)), 95, false),
                // Lag that appeared just before a reading after a long quiet gap is not a long stall.
                Arguments.of("long gap between readings", List.of(new Reading(0, 0, 10), new Reading(600, 3, 10)), 601, false),
                // The first reading cannot tell progress from none; the clock starts at the second.
                Arguments.of("only one reading, behind", List.of(new Reading(0, 3, 10)), 120, false),
                Arguments.of("two readings, behind, no progress", List.of(new Reading(0, 3, 10), new Reading(10, 3, 10)), 71, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void aGroupHasStoppedOnlyWhenBehindWithoutProgressForLongerThanTheThreshold(String description, List<Reading> readings,
                                                                             long askedAtSecond, boolean stalled) {
        ConsumerStall stall = new ConsumerStall();
        for (Reading reading : readings) {
            stall.observe(T0.plusSeconds(reading.second()), reading.lag(), reading.committed());
        }
        assertThat(stall.stalled(T0.plusSeconds(askedAtSecond), THRESHOLD)).isEqualTo(stalled);
    }
}
