package org.pathway.matching.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pathway.chassis.events.WireValue;

/** How often the scheduler syncs a feed; {@code manual} feeds sync only when asked. */
public enum FeedSchedule implements WireValue {
    DAILY(Duration.ofDays(1)), HOURLY(Duration.ofHours(1)), MANUAL(null);

    private final Duration every;

    FeedSchedule(Duration every) {
        this.every = every;
    }

    /** Whether a feed last synced at {@code lastStarted} (null: never) is due at {@code now}. */
    public boolean isDue(Instant lastStarted, Instant now) {
        return Optional.ofNullable(every)
                .map(e -> lastStarted == null || !lastStarted.plus(e).isAfter(now))
                .orElse(false);
    }
}
