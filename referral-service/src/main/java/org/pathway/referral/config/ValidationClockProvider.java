package org.pathway.referral.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import org.pathway.chassis.time.PathwayClock;

/**
 * The clock of Bean Validation's {@code @PastOrPresent}: the service's clock in the service's zone, so "not in
 * the future" means after today's date at the site, as {@link PathwayClock#today()} has it.
 */
@ApplicationScoped
public class ValidationClockProvider implements ClockProvider {

    private final Clock clock;

    public ValidationClockProvider(Clock clock, PathwayClock pathwayClock) {
        this.clock = clock.withZone(pathwayClock.zone());
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
