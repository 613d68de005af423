package org.pathway.referral.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.pathway.chassis.time.PathwayClock;

/**
 * The clock of Bean Validation's {@code @PastOrPresent}: the service's clock in the service's zone, so "not in
 * the future" means after today's date at the site, as {@link PathwayClock#today()} has it. The validators take
 * their clock while the application starts, before configuration can be read, so the instant and the zone are
 * asked of {@link PathwayClock} at each use.
 */
@ApplicationScoped
public class ValidationClockProvider implements ClockProvider {

    private final Clock clock;

    public ValidationClockProvider(PathwayClock pathwayClock) {
        this.clock = new ServiceClock(pathwayClock, null);
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    /** {@code zone} null: the service's zone. */
    private static final class ServiceClock extends Clock {

        private final PathwayClock source;
        private final ZoneId zone;

        ServiceClock(PathwayClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone == null ? source.zone() : zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ServiceClock(source, other);
        }

        @Override
        public Instant instant() {
            return source.now();
        }
    }
}
