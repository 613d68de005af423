package org.pathway.chassis.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PathwayClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static PathwayClock at(String instant) {
        return new PathwayClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), LONDON);
    }

    @Test
    void nowIsTruncatedToWhatPostgresqlStores() {
        assertThat(at("2026-03-01T10:15:30.123456789Z").now()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
    }

    @ParameterizedTest(name = "{0} is {1} in London")
    @CsvSource({
            "2026-06-30T22:59:59Z, 2026-06-30",
            "2026-06-30T23:00:00Z, 2026-07-01",
            "2026-12-31T23:59:59Z, 2026-12-31",
            "2027-01-01T00:00:00Z, 2027-01-01",
    })
    void todayIsTheDateInTheConfiguredZone(String instant, LocalDate date) {
        PathwayClock clock = at(instant);
        assertThat(clock.today()).isEqualTo(date);
        assertThat(clock.dateOf(Instant.parse(instant))).isEqualTo(date);
        assertThat(clock.zone()).isEqualTo(LONDON);
    }
}
