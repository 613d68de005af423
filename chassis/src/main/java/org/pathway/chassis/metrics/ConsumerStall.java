package org.pathway.chassis.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule of the consumers' health, for one group on one topic, fed one reading at a time: the group has stopped when
 * every reading over longer than the threshold found lag and the same committed offsets. A reading with no lag, or
 * with offsets that moved, starts the clock again; the clock starts at the first reading that saw the group behind
 * without progress, so a long gap between readings is not mistaken for a long stall.
 */
final class ConsumerStall {

    private long committed = -1;
    private Instant behindSince;

    /** Takes a reading: the group's lag and the sum of its committed offsets at {@code now}. */
    void observe(Instant now, long lag, long committedSum) {
        boolean progressed = committedSum != committed;
        committed = committedSum;
        if (lag <= 0 || progressed) {
            behindSince = null;
        } else if (behindSince == null) {
            behindSince = now;
        }
    }

    /** How long the group has been behind without progress at {@code now} (zero when it is not). */
    Duration behindFor(Instant now) {
        return behindSince == null ? Duration.ZERO : Duration.between(behindSince, now);
    }

    boolean stalled(Instant now, Duration threshold) {
        return behindFor(now).compareTo(threshold) > 0;
    }
}
