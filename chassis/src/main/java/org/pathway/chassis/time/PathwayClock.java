package org.pathway.chassis.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pathway.chassis.config.PathwayConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Now and today for a service: from the injectable {@link Clock} (a test may produce a fixed one) and
 * the configured {@code pathway.time-zone}.
 */
@ApplicationScoped
public class PathwayClock {

    private final Clock clock;
    private final ZoneId zone;

    @Inject
    public PathwayClock(Clock clock, PathwayConfig config) {
        this(clock, config.timeZone());
    }

    /** For plain unit tests of code that takes the clock. */
    public PathwayClock(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** Truncated to what PostgreSQL stores, so a value answered now equals the value read back later. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return dateOf(now());
    }

    /** The calendar date of the instant in the service's zone. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
