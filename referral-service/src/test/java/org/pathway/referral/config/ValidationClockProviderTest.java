package org.pathway.referral.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.time.PathwayClock;

class ValidationClockProviderTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void todayIsTheDateAtTheServicesZoneNotInUtc() {
        // 23:30 UTC on a summer evening is already the next day in London.
        PathwayClock service = new PathwayClock(Clock.fixed(Instant.parse("2026-07-01T23:30:00Z"), ZoneOffset.UTC),
                LONDON);

        Clock clock = new ValidationClockProvider(service).getClock();

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 7, 2)).isEqualTo(service.today());
        assertThat(clock.getZone()).isEqualTo(LONDON);
        assertThat(clock.withZone(ZoneOffset.UTC).instant()).isEqualTo(service.now());
        assertThat(LocalDate.now(clock.withZone(ZoneOffset.UTC))).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
