package org.pathway.chassis.metrics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxStuckTest {

    @ParameterizedTest(name = "{0} unsent, oldest {1} s, threshold {2} s: stuck {3}")
    @CsvSource({
            "0, 0, 300, false",
            "5, 10, 300, false",
            "5, 300, 300, false",
            "5, 301, 300, true",
            "1, 3600, 300, true",
            // No unsent row: whatever age was read, nothing waits.
            "0, 3600, 300, false",
    })
    void aSiteIsStuckOnlyWhenItsOldestUnsentEventWaitedPastTheThreshold(long unsent, long ageSeconds, long threshold,
                                                                      boolean stuck) {
        Map<String, Long> result = OutboxStuck.sites(Map.of("north-london", new Backlog(unsent, Duration.ofSeconds(ageSeconds))),
                Duration.ofSeconds(threshold));
        assertThat(result.containsKey("north-london")).isEqualTo(stuck);
        if (stuck) {
            assertThat(result).containsEntry("north-london", ageSeconds);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"one stuck site among healthy ones"})
    void onlyTheStuckSitesAreNamed(String description) {
        Map<String, Long> result = OutboxStuck.sites(Map.of(
                        "north-london", new Backlog(2, Duration.ofMinutes(10)),
                        "cardiff-vale", new Backlog(2, Duration.ofSeconds(1))),
                Duration.ofMinutes(5));
        assertThat(result).containsOnlyKeys("north-london");
    }
}
