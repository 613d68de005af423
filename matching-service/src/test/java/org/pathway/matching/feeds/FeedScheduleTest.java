package org.pathway.matching.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @ParameterizedTest(name = "{0}, last started {1}: due {2}")
    @CsvSource(nullValues = "never", textBlock = """
            HOURLY, never,                true
            HOURLY, 2026-12-07T11:00:00Z, true
            HOURLY, 2026-12-07T11:30:00Z, false
            DAILY,  2026-12-06T12:00:00Z, true
            DAILY,  2026-12-07T01:00:00Z, false
            DAILY,  never,                true
            MANUAL, never,                false
            MANUAL, 2020-01-01T00:00:00Z, false
            """)
    void aFeedIsDueOnceItsIntervalHasPassed(FeedSchedule schedule, String lastStarted, boolean due) {
        assertThat(schedule.isDue(lastStarted == null ? null : Instant.parse(lastStarted), NOW)).isEqualTo(due);
    }
}
