package org.pathway.engagement.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Now and today for the service, from the injectable {@link Clock} and the configured zone. */
@ApplicationScoped
public class EngagementClock {

    private final Clock clock;
    private final EngagementConfig config;

    public EngagementClock(Clock clock, EngagementConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** Truncated to what PostgreSQL stores. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return dateOf(now());
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, config.timeZone());
    }
}
